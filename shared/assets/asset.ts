import { z } from 'zod';
import { childRecordSchema } from '../domain/record';
import { ASSET_TYPE_KEYS, CRITICALITIES, LIFECYCLES, PURDUE_LEVELS, type AssetType } from './taxonomy';

/** The asset fields an import can map a column to; the keys are part of the CLI contract (import-check). */
export const ASSET_FIELDS = [
  'name',
  'assetType',
  'vendor',
  'model',
  'firmware',
  'os',
  'serialNumber',
  'ipAddresses',
  'macAddresses',
  'hostname',
  'protocols',
  'ports',
  'purdueLevel',
  'zone',
  'location',
  'criticality',
  'owner',
  'lifecycle',
  'remoteAccess',
  'notes',
] as const;
export type AssetField = (typeof ASSET_FIELDS)[number];

/** Fields that hold several values (one cell may list several, separated by commas, semicolons or lines). */
export const LIST_FIELDS = ['ipAddresses', 'macAddresses', 'protocols', 'ports'] as const satisfies readonly AssetField[];

export const ASSET_FIELD_LABELS: Record<AssetField, string> = {
  name: 'Name / tag',
  assetType: 'Type',
  vendor: 'Vendor',
  model: 'Model',
  firmware: 'Firmware',
  os: 'Operating system',
  serialNumber: 'Serial number',
  ipAddresses: 'IP addresses',
  macAddresses: 'MAC addresses',
  hostname: 'Hostname',
  protocols: 'Protocols',
  ports: 'Ports',
  purdueLevel: 'Purdue level',
  zone: 'Zone',
  location: 'Location',
  criticality: 'Criticality',
  owner: 'Owner',
  lifecycle: 'Lifecycle',
  remoteAccess: 'Remote access',
  notes: 'Notes',
};

/** Where an imported asset came from, so every record can be traced back to its cell. */
export const assetSourceSchema = z.object({
  file: z.string(),
  sheet: z.string(),
  /** 1-based row number in that sheet, as the spreadsheet shows it. */
  row: z.number().int().positive(),
  importId: z.string().optional(),
});
export type AssetSource = z.infer<typeof assetSourceSchema>;

const text = z.string().max(2000);

/** Limits of an asset's extra attributes: a register's columns are dozens, and 300 full values stay well within a record's bounds. */
export const ATTRIBUTE_LIMITS = { perAsset: 300, labelChars: 200, valueChars: 2000 };

/**
 * A column of the plant's file that no asset field holds (rack, backup, last service), kept as the file wrote it:
 * `label` is the column's header, `value` the cell's text. An asset holds each label once.
 */
export const assetAttributeSchema = z.object({
  label: z.string().min(1).max(ATTRIBUTE_LIMITS.labelChars),
  value: z.string().max(ATTRIBUTE_LIMITS.valueChars),
});
export type AssetAttribute = z.infer<typeof assetAttributeSchema>;

/** An asset's content: what an import produces and what the inventory edits. */
export const assetContentSchema = z.object({
  name: z.string().min(1).max(300),
  assetType: z.enum(ASSET_TYPE_KEYS as [AssetType, ...AssetType[]]).nullable(),
  vendor: text,
  model: text,
  firmware: text,
  os: text,
  serialNumber: text,
  ipAddresses: z.array(z.string()),
  macAddresses: z.array(z.string()),
  hostname: text,
  protocols: z.array(z.string()),
  ports: z.array(z.number().int().min(0).max(65535)),
  purdueLevel: z.enum(PURDUE_LEVELS).nullable(),
  zone: text,
  location: text,
  criticality: z.enum(CRITICALITIES).nullable(),
  owner: text,
  lifecycle: z.enum(LIFECYCLES).nullable(),
  /** Whether the asset can be reached from outside its zone for remote access; null when unknown. */
  remoteAccess: z.boolean().nullable(),
  notes: z.string().max(20000),
  source: assetSourceSchema.nullable(),
  /** Extra attributes in the file's column order; absent on assets stored before there were any. */
  attributes: z.array(assetAttributeSchema).max(ATTRIBUTE_LIMITS.perAsset).optional(),
});
export type AssetContent = z.infer<typeof assetContentSchema>;

export const assetSchema = childRecordSchema.extend(assetContentSchema.shape);
export type Asset = z.infer<typeof assetSchema>;

export function emptyAssetContent(name: string): AssetContent {
  return {
    name,
    assetType: null,
    vendor: '',
    model: '',
    firmware: '',
    os: '',
    serialNumber: '',
    ipAddresses: [],
    macAddresses: [],
    hostname: '',
    protocols: [],
    ports: [],
    purdueLevel: null,
    zone: '',
    location: '',
    criticality: null,
    owner: '',
    lifecycle: null,
    remoteAccess: null,
    notes: '',
    source: null,
  };
}
