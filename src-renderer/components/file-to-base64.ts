/**
 * A chosen or dropped file's bytes as base64: the wire carries JSON only (architecture §2), so the
 * renderer sends bytes this way to the *.importBytes operations, which bound the size.
 */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => {
      const s = String(reader.result);
      resolve(s.slice(s.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}
