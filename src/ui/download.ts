import type { MadeFile } from '../io/made-file.ts';

/** Hand the user a file made in the page (the one way the app downloads anything). */
export function downloadFile(file: MadeFile): void {
  const blob = new Blob([file.content as BlobPart], { type: file.type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Hand the user a text file. */
export function downloadText(text: string, fileName: string, type: string): void {
  downloadFile({ content: text, name: fileName, type });
}
