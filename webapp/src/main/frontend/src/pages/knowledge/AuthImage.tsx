import { useEffect, useState } from 'react';
import { userManager } from '../../auth';

/**
 * An image of the API (an article's attachment) in the editor's preview: an <img> would be
 * requested without the bearer token, so it is fetched with it and shown as a data: URL (which the
 * Content-Security-Policy's img-src allows; blob: it does not).
 */
export function AuthImage({ src, alt, title }: { src: string; alt?: string; title?: string }) {
  const [data, setData] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      const user = await userManager.getUser();
      const response = await fetch(src, { headers: user ? { Authorization: `Bearer ${user.access_token}` } : {} });
      if (!response.ok || !response.headers.get('Content-Type')?.startsWith('image/')) return;
      const blob = await response.blob();
      const reader = new FileReader();
      reader.onload = () => live && setData(String(reader.result));
      reader.readAsDataURL(blob);
    })().catch(() => undefined);
    return () => {
      live = false;
    };
  }, [src]);
  return data ? <img src={data} alt={alt ?? ''} title={title} style={{ maxWidth: '100%' }} /> : <span data-testid="image-loading">[{alt}]</span>;
}
