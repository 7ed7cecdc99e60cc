/** The last segment of a URI's path, decoded: what the editor shows as the file's name (`untitled:Untitled-1` → Untitled-1). */
export function fileNameOf(uri: string): string {
  const path = uri.replace(/[?#].*$/, '').replace(/^[a-z][a-z0-9+.-]*:/i, '').replace(/\/+$/, '');
  const segment = path.split('/').pop() || uri;
  try { return decodeURIComponent(segment); } catch { return segment; }
}
