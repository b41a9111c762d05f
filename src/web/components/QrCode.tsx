/** Shows an SVG document as an image (data: URL), so no inline markup or styles end up in the page. */
function svgToDataUrl(svg: string): string {
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

export function QrCode({ svg, alt }: { svg: string; alt: string }) {
  return <img className="samenspel-qr" src={svgToDataUrl(svg)} alt={alt} width={200} height={200} />;
}
