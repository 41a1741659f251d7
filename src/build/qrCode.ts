import QRCode from 'qrcode';

/** A QR code for `url` as an SVG string, made at build time (no request, no script in the browser). */
export async function qrCodeSvg(url: string): Promise<string> {
  return QRCode.toString(url, {
    type: 'svg',
    margin: 2,
    errorCorrectionLevel: 'M',
    color: { dark: '#000000', light: '#ffffff' },
  });
}
