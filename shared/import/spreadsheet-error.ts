/** Why a file could not be read as a spreadsheet. The message says what is wrong and where, in words for the user. */
export class SpreadsheetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SpreadsheetError';
  }
}
