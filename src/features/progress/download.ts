/** Offers text as a file download, the way a link with `download` does. */
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Downloads what storage holds under a key, exactly as stored; nothing when it holds nothing or refuses. */
export function downloadStoredValue(key: string, fileName: string): void {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(key);
  } catch {
    raw = null;
  }
  if (raw !== null) downloadText(raw, fileName);
}
