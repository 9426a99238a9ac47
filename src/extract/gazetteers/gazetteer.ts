/**
 * Gazetteers: names that are places, news outlets or venues, never speakers. General knowledge, not taken from
 * any article; sources are listed in README.md beside this file. Matched on folded text (no diacritics, lower
 * case), so "TP.HCM", "Tp Hcm" and "TP HCM" are one key after `placeKey`.
 */

/** The 63 provinces and centrally-run cities of Viet Nam (before the 2025 merger) and common short forms. */
export const VIETNAMESE_PROVINCES: readonly string[] = [
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bà Rịa-Vũng Tàu', 'Vũng Tàu', 'Bạc Liêu', 'Bắc Giang', 'Bắc Kạn', 'Bắc Ninh',
  'Bến Tre', 'Bình Dương', 'Bình Định', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Cần Thơ', 'Đà Nẵng',
  'Đắk Lắk', 'Đắk Nông', 'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Nội', 'Hà Tĩnh',
  'Hải Dương', 'Hải Phòng', 'Hậu Giang', 'Hòa Bình', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu',
  'Lạng Sơn', 'Lào Cai', 'Lâm Đồng', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ',
  'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh',
  'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế', 'Thừa Thiên - Huế', 'Huế', 'Tiền Giang', 'Trà Vinh',
  'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái', 'TP.HCM', 'TPHCM', 'TP HCM', 'TP. HCM', 'TP Hồ Chí Minh',
  'Thành phố Hồ Chí Minh', 'Sài Gòn', 'Tây Nguyên', 'Đồng bằng sông Cửu Long', 'Miền Trung', 'Miền Bắc', 'Miền Nam',
];

/** Countries, territories and capitals, in Vietnamese and English forms the Vietnamese press uses. */
export const COUNTRIES_AND_CAPITALS: readonly string[] = [
  'Afghanistan', 'Kabul', 'Ai Cập', 'Egypt', 'Cairo', 'Algeria', 'Angola', 'Argentina', 'Buenos Aires', 'Armenia',
  'Yerevan', 'Australia', 'Úc', 'Canberra', 'Sydney', 'Áo', 'Austria', 'Vienna', 'Viên', 'Azerbaijan', 'Baku',
  'Bangladesh', 'Dhaka', 'Ba Lan', 'Poland', 'Warsaw', 'Vácsava', 'Belarus', 'Minsk', 'Bỉ', 'Belgium', 'Brussels',
  'Bồ Đào Nha', 'Portugal', 'Lisbon', 'Brazil', 'Brasilia', 'Brunei', 'Bandar Seri Begawan', 'Bulgaria', 'Sofia',
  'Campuchia', 'Cambodia', 'Phnom Penh', 'Canada', 'Ottawa', 'Chile', 'Santiago', 'Colombia', 'Bogota', 'Cuba',
  'Havana', 'La Habana', 'Đài Loan', 'Taiwan', 'Đài Bắc', 'Taipei', 'Đan Mạch', 'Denmark', 'Copenhagen', 'Đức',
  'Germany', 'Berlin', 'Estonia', 'Ethiopia', 'Addis Ababa', 'Gruzia', 'Georgia', 'Tbilisi', 'Hà Lan', 'Netherlands',
  'Amsterdam', 'The Hague', 'La Haye', 'Hàn Quốc', 'South Korea', 'Seoul', 'Hoa Kỳ', 'Mỹ', 'United States', 'Washington',
  'New York', 'Hong Kong', 'Hồng Kông', 'Hungary', 'Budapest', 'Hy Lạp', 'Greece', 'Athens', 'Indonesia', 'Jakarta',
  'Iran', 'Tehran', 'Iraq', 'Baghdad', 'Ireland', 'Dublin', 'Israel', 'Jerusalem', 'Tel Aviv', 'Italy', 'Ý', 'Rome',
  'Jordan', 'Amman', 'Kazakhstan', 'Astana', 'Kenya', 'Nairobi', 'Kuwait', 'Lào', 'Laos', 'Vientiane', 'Viêng Chăn',
  'Latvia', 'Riga', 'Liban', 'Lebanon', 'Beirut', 'Libya', 'Tripoli', 'Lithuania', 'Vilnius', 'Malaysia', 'Kuala Lumpur',
  'Mexico', 'Mexico City', 'Moldova', 'Mông Cổ', 'Mongolia', 'Ulan Bator', 'Myanmar', 'Naypyidaw', 'Yangon', 'Nam Phi',
  'South Africa', 'Pretoria', 'Na Uy', 'Norway', 'Oslo', 'Nepal', 'Kathmandu', 'New Zealand', 'Wellington', 'Nga',
  'Russia', 'Moscow', 'Moskva', 'Nhật Bản', 'Nhật', 'Japan', 'Tokyo', 'Nigeria', 'Abuja', 'Oman', 'Muscat', 'Pakistan',
  'Islamabad', 'Palestine', 'Gaza', 'Bờ Tây', 'Panama', 'Peru', 'Lima', 'Pháp', 'France', 'Paris', 'Phần Lan', 'Finland',
  'Helsinki', 'Philippines', 'Manila', 'Qatar', 'Doha', 'Romania', 'Bucharest', 'Ả Rập Xê Út', 'Saudi Arabia', 'Riyadh',
  'Séc', 'Czech', 'Prague', 'Serbia', 'Belgrade', 'Singapore', 'Slovakia', 'Syria', 'Damascus', 'Tây Ban Nha', 'Spain',
  'Madrid', 'Thái Lan', 'Thailand', 'Bangkok', 'Thổ Nhĩ Kỳ', 'Türkiye', 'Turkey', 'Ankara', 'Istanbul', 'Thụy Điển',
  'Sweden', 'Stockholm', 'Thụy Sĩ', 'Thụy Sỹ', 'Switzerland', 'Bern', 'Geneva', 'Triều Tiên', 'North Korea',
  'Bình Nhưỡng', 'Pyongyang', 'Trung Quốc', 'China', 'Bắc Kinh', 'Beijing', 'Thượng Hải', 'Shanghai', 'UAE',
  'Các Tiểu vương quốc Ả Rập Thống nhất', 'Abu Dhabi', 'Dubai', 'Ukraine', 'Kiev', 'Kyiv', 'Anh', 'Vương quốc Anh',
  'Britain', 'United Kingdom', 'London', 'Venezuela', 'Caracas', 'Việt Nam', 'Vietnam', 'Yemen', 'Sanaa', 'Ấn Độ',
  'India', 'New Delhi', 'Uzbekistan', 'Tashkent', 'Kyrgyzstan', 'Bishkek', 'Tajikistan', 'Dushanbe', 'Turkmenistan',
  'US', 'U.S.', 'USA', 'UK', 'U.K.', 'Biển Đông', 'East Sea', 'South China Sea', 'Biển Hoa Đông', 'Thái Bình Dương',
  'Pacific', 'Đại Tây Dương', 'Atlantic', 'Ấn Độ Dương', 'Trung Đông', 'Middle East', 'Đông Nam Á', 'Southeast Asia',
  'Hoàng Sa', 'Trường Sa', 'Paracel', 'Spratly', 'Crimea', 'Donbass', 'Donetsk', 'Luhansk', 'Kherson', 'Zaporizhzhia',
  'Kursk', 'Hamburg', 'Sochi', 'Vladivostok',
  'Saint Petersburg', 'St. Petersburg', 'Alaska', 'Hawaii', 'California', 'Texas', 'Florida', 'Davos', 'Munich',
  // The continents and world regions, as the Vietnamese press writes them capitalised in names ("Cúp bóng đá Châu Á").
  'Châu Á', 'Châu Âu', 'Châu Phi', 'Châu Mỹ', 'Châu Đại Dương', 'Bắc Mỹ', 'Nam Mỹ', 'Mỹ Latinh',
];

/** News outlets and agencies: they report, they are not speakers ("AFP dẫn lời …", "theo Reuters"). */
export const NEWS_OUTLETS: readonly string[] = [
  'AFP', 'AP', 'Reuters', 'Bloomberg', 'CNN', 'BBC', 'CNBC', 'NBC', 'NBC News', 'CBS', 'ABC', 'Fox News', 'NPR', 'Al Jazeera',
  'Al Arabiya', 'TASS', 'RIA Novosti', 'Sputnik', 'RT', 'Interfax', 'Xinhua', 'Tân Hoa Xã', 'CCTV', 'CGTN', 'Global Times',
  'Thời báo Hoàn Cầu', 'Yonhap', 'KCNA', 'Kyodo', 'NHK', 'Nikkei', 'The New York Times', 'New York Times',
  'The Washington Post', 'Washington Post', 'The Wall Street Journal', 'Wall Street Journal', 'WSJ', 'The Guardian',
  'Guardian', 'Financial Times', 'FT', 'The Economist', 'Politico', 'Axios', 'Newsweek', 'Time', 'Le Monde', 'Der Spiegel',
  'Spiegel', 'DW', 'Deutsche Welle', 'France 24', 'RFI', 'Euronews', 'SCMP', 'South China Morning Post', 'Straits Times',
  'The Straits Times', 'Bangkok Post', 'Jakarta Post', 'Anadolu', 'IRNA', 'Tasnim', 'Fars', 'Mehr', 'Haaretz',
  'Times of Israel', 'Ukrinform', 'Kyiv Independent', 'Baidu', 'Ifeng', 'Sina', 'Weibo', 'Telegram', 'Facebook', 'X',
  'Twitter', 'YouTube', 'TikTok', 'Truth Social', 'Instagram', 'VnExpress', 'Tuổi Trẻ', 'Thanh Niên', 'Dân Trí',
  'VietNamNet', 'Vietnamnet', 'Zing', 'Znews', 'Zing News', 'Lao Động', 'Người Lao Động', 'Tiền Phong', 'Nhân Dân',
  'Quân đội Nhân dân', 'QĐND', 'VOV', 'VTV', 'TTXVN', 'Thông tấn xã Việt Nam', 'VNA', 'Vietnam+', 'VietnamPlus',
  'Pháp Luật TP.HCM', 'PLO', 'Sài Gòn Giải Phóng', 'SGGP', 'Kenh14', 'Kênh 14', 'Soha', 'CafeF', 'CafeBiz', '24h',
  'Dân Việt', 'Công an Nhân dân', 'CAND', 'Báo Mới', 'TTO', 'VNF', 'VNE',
  // The Government's news portal (Cổng Thông tin điện tử Chính phủ) and the National Assembly's paper, often relayed.
  'VGP', 'Chinhphu.vn', 'Báo Chính phủ', 'Đại biểu Nhân dân', 'ĐBND',
  // English editions of Vietnamese outlets, named so in English copy ("told Tuoi Tre News", "Tuoi Tre News: …?").
  'Tuoi Tre News', 'VnExpress International', 'Vietnam News', 'Viet Nam News', 'VietNamNet Global', 'Hanoi Times',
  'The Hanoi Times', 'Saigon Giai Phong', 'SGGP News', 'Thanh Nien News', 'VOV World', 'VOVWorld', 'Nhan Dan Online',
  'The Saigon Times', 'Vietnam Investment Review', 'Vietnam News Agency', 'Vietnam Plus',
];

/**
 * Heads of names of buildings, venues, streets and shows: "Bảo tàng X", "Sân vận động Y", "Phố Z" are not speakers.
 * Heads that are also family names ("Hồ", "Cù") are left out: "Hồ Chí Minh" is a person.
 */
export const VENUE_HEADS: readonly string[] = [
  'Bảo tàng', 'Nhà hát', 'Sân vận động', 'SVĐ', 'Sân bay', 'Cảng', 'Chợ', 'Công viên', 'Quảng trường', 'Khách sạn',
  'Nhà thờ', 'Chùa', 'Tháp', 'Phố', 'Đường', 'Đại lộ', 'Sông', 'Vịnh', 'Quần đảo', 'Bệnh viện',
  'Trung tâm thương mại', 'Tòa nhà', 'Hội trường', 'Nhà Quốc hội', 'Museum', 'Gallery', 'Stadium',
  'Airport', 'Street', 'Avenue', 'Square', 'Hotel', 'Palace', 'Talkshow', 'Gameshow', 'Chương trình',
];

/**
 * The last word of an English name of a thing that cannot speak, written after its name: "Phu Khang Wind Power
 * Project", "Long Thanh Airport", "Song Day Cement Plant".
 */
export const THING_TAILS: readonly string[] = [
  'Project', 'Plant', 'Factory', 'Airport', 'Port', 'Bridge', 'Highway', 'Expressway', 'Railway', 'Zone', 'Park',
];

/**
 * Acronyms of national bodies the press writes without defining them, with the body's name: one speaker whether
 * an article writes "NHNN" or "Ngân hàng Nhà nước". An article's own definition ("… (ABC)") comes first.
 */
export const BODY_ACRONYMS: ReadonlyArray<readonly [string, string]> = [
  ['NHNN', 'Ngân hàng Nhà nước'], ['NHTW', 'Ngân hàng Trung ương'], ['BCA', 'Bộ Công an'], ['BQP', 'Bộ Quốc phòng'],
  ['BNG', 'Bộ Ngoại giao'], ['VPCP', 'Văn phòng Chính phủ'], ['UBTVQH', 'Ủy ban Thường vụ Quốc hội'],
  ['MTTQ', 'Mặt trận Tổ quốc'], ['VFF', 'Liên đoàn Bóng đá Việt Nam'], ['EVN', 'Tập đoàn Điện lực Việt Nam'],
  ['VCCI', 'Liên đoàn Thương mại và Công nghiệp Việt Nam'], ['TTXVN', 'Thông tấn xã Việt Nam'],
  ['LHQ', 'Liên hợp quốc'], ['WHO', 'Tổ chức Y tế Thế giới'], ['IMF', 'Quỹ Tiền tệ Quốc tế'], ['WB', 'Ngân hàng Thế giới'],
  ['ADB', 'Ngân hàng Phát triển châu Á'], ['WTO', 'Tổ chức Thương mại Thế giới'], ['IAEA', 'Cơ quan Năng lượng Nguyên tử Quốc tế'],
  ['FED', 'Cục Dự trữ Liên bang Mỹ'], ['Fed', 'Cục Dự trữ Liên bang Mỹ'], ['ECB', 'Ngân hàng Trung ương châu Âu'],
];
