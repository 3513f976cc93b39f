/** High-frequency Indonesian function words (a compact list; enough for language id and prose scoring). */
export const stopwords: ReadonlySet<string> = new Set(
  `yang dan di ke dari ini itu dengan untuk pada dalam tidak akan juga karena oleh sebagai
  adalah atau ada bahwa mereka kami kita saya ia dia telah sudah masih lebih bisa dapat harus
  namun tetapi tapi serta saat ketika setelah sebelum sejak hingga sampai antara tersebut para
  sebuah seorang lalu kemudian menurut kata ujar jika bila agar supaya maka yaitu yakni bagi
  tentang seperti hanya pun lagi sangat belum secara menjadi merupakan mengatakan terhadap
  sementara selama begitu banyak semua setiap beberapa kedua pihak tahun hari bulan
  lewat melalui bersama kepada mengenai atas tanpa terkait menuju demi maupun tak`.split(/\s+/),
);
