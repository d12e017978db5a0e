/** A file for the person to download: name, media type and contents. */
export interface DownloadFile {
  name: string;
  type: string;
  text: string;
}

/** Offers text as a download with the given name, without leaving the page. */
export function saveFile({ name, type, text }: DownloadFile): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  // The click starts the download synchronously; revoke on the next task so it has the URL.
  setTimeout(() => URL.revokeObjectURL(url));
}
