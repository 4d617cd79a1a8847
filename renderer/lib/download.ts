// Hands a file to the DPO as a download: a blob URL behind an <a download>. Nothing is opened or
// rendered; the browser saves the bytes.
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has its own copy once started; free the blob a little later.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Bytes the host sent as base64 (a letter, a report, an attachment). */
export function downloadBase64(base64: string, fileName: string, type: string): void {
  downloadBlob(new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type }), fileName);
}
