/** A file made for the user: an export, the import report, the candidate list, the brief. */
export interface MadeFile {
  content: string | Uint8Array;
  name: string;
  /** MIME type, e.g. text/csv;charset=utf-8. */
  type: string;
}
