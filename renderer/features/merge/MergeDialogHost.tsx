import { useAppStore } from '../../store';
import { ImportPassphraseDialog } from '../assessments/ImportPassphraseDialog';
import { AskMergeDialog } from './AskMergeDialog';
import { MergeReviewDialog } from './MergeReviewDialog';

/**
 * The dialogs of bringing in a `.csms` file, at the top of the app so they show from any screen: the passphrase of
 * an encrypted one, then, for a file whose assessment is already here, merge or copy, and the merge itself.
 */
export function MergeDialogHost() {
  const prompt = useAppStore((s) => s.importPassphrase);
  const merge = useAppStore((s) => s.merge);
  return (
    <>
      {prompt && <ImportPassphraseDialog key={prompt.fileToken} prompt={prompt} />}
      {merge?.stage === 'ask' && <AskMergeDialog session={merge} />}
      {merge?.stage === 'review' && <MergeReviewDialog session={merge} />}
    </>
  );
}
