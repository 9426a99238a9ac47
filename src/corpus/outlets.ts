/**
 * Display names of common Vietnamese news sites by host. General site vocabulary: an unknown host
 * still gives an outlet (the host itself), this only makes the common ones readable.
 */
const OUTLETS: Record<string, string> = {
  'vnexpress.net': 'VnExpress',
  'tuoitre.vn': 'Tuổi Trẻ',
  'thanhnien.vn': 'Thanh Niên',
  'dantri.com.vn': 'Dân trí',
  'vietnamnet.vn': 'VietNamNet',
  'nguoiduatin.vn': 'Người Đưa Tin',
  'doisongphapluat.nguoiduatin.vn': 'Đời sống & Pháp luật',
  'doisongphapluat.com': 'Đời sống & Pháp luật',
  'baomoi.com': 'Báo Mới',
  'znews.vn': 'Znews',
  'zingnews.vn': 'Znews',
  'plo.vn': 'Pháp Luật TP.HCM',
  'tienphong.vn': 'Tiền Phong',
  'laodong.vn': 'Lao Động',
  'nld.com.vn': 'Người Lao Động',
  'nhandan.vn': 'Nhân Dân',
  'qdnd.vn': 'Quân đội nhân dân',
  'cand.com.vn': 'Công an nhân dân',
  'vov.vn': 'VOV',
  'vtv.vn': 'VTV',
  'vtc.vn': 'VTC News',
  'baoquocte.vn': 'Thế giới & Việt Nam',
  'vietnamplus.vn': 'VietnamPlus',
  'sggp.org.vn': 'Sài Gòn Giải Phóng',
  'kenh14.vn': 'Kenh14',
  'soha.vn': 'Soha',
  'cafef.vn': 'CafeF',
  'baotintuc.vn': 'Báo Tin tức',
  'congan.com.vn': 'Công an TP.HCM',
  'antt.vn': 'An ninh Thủ đô',
  'anninhthudo.vn': 'An ninh Thủ đô',
  'kinhtedothi.vn': 'Kinh tế & Đô thị',
  'baochinhphu.vn': 'Báo Chính phủ',
  'vietnamfinance.vn': 'VietnamFinance',
  'nguoilaodong.vn': 'Người Lao Động',
  'danviet.vn': 'Dân Việt',
  'infonet.vietnamnet.vn': 'Infonet',
  'giaoducthoidai.vn': 'Giáo dục & Thời đại',
  'suckhoedoisong.vn': 'Sức khỏe & Đời sống',
  'ntdvn.com': 'NTD Việt Nam',
  'dkn.tv': 'Đại Kỷ Nguyên',
  'trithucvn.org': 'Trí Thức VN',
};

/** Outlet from an article URL: a known site's name, else the host without `www.`; null for a bad URL. */
export function outletFromUrl(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
  // Longest match first, so a section subdomain with its own name wins over its parent site.
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    const name = OUTLETS[h];
    if (name) return name;
  }
  return host || null;
}
