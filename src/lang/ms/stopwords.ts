/** High-frequency Malay function words (shared core with Indonesian plus Malay spellings). */
export const stopwords: ReadonlySet<string> = new Set(
  `yang dan di ke dari ini itu dengan untuk pada dalam tidak akan juga kerana oleh sebagai
  ialah adalah atau ada bahawa mereka kami kita saya ia dia beliau telah sudah masih lebih boleh dapat
  perlu namun tetapi serta semasa ketika selepas sebelum sejak hingga sehingga sampai antara tersebut para
  sebuah seorang lalu kemudian menurut kata jika bila agar supaya maka iaitu bagi
  tentang seperti hanya pun lagi sangat belum secara menjadi merupakan berkata terhadap
  sementara selama banyak semua setiap beberapa kedua pihak tahun hari bulan daripada manakala
  mahupun kepada bersama mengenai`.split(/\s+/),
);
