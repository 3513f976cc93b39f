/**
 * Words pages use for their own chrome (share prompts, related-article leads, ad labels, date
 * stamps), English and Indonesian. Plain data: the rules in `postclean.ts` read these tables.
 * (Candidates for the language packs once those grow a boilerplate field.)
 */

/** A line that only labels an ad slot or a widget. Matched against the whole (short) line. */
export const AD_LABEL = /^((advert(isement)?|iklan) ?scroll to (resume|continue)( content)?|advert(isement)?|advertising|ads?|sponsored( content)?|promoted|iklan|scroll to (continue|read)( with content)?|story continues below( advertisement)?|continue reading (the )?(main )?story|lanjut(kan)? (membaca|baca)|gulir (ke bawah )?untuk melanjutkan)[\s.:…-]*$/i;

/** Share / follow / comment prompts. Whole short line. */
export const SOCIAL_LINE = /^((share|bagikan)( (this|the) (article|story|post))?( on| via)?( (facebook|twitter|whatsapp|linkedin|email|x))*|tweet|pin( it)?|email|print|comments?( \(\d+\))?|\d+ comments?|komentar|leave a (comment|reply)|tell us what you think.*|join the (discussion|conversation).*|this slideshow requires javascript\.?|follow (us|him|her|me) on .{0,60}|ikuti (kami|berita).{0,60})[\s.:!…]*$/i;

/** Leads into a list of other articles ("Related:", "Baca juga:", "You may also like"). */
export const RELATED_LEAD = /^(also\s*:|related( (articles?|stories|news|coverage|content|posts?|reading|links?|topics?))?|more( (stories|news|on this( story)?|from .{1,40}))?|read (more|also|next)( on .{1,40})?|see (also|more)|also read|you (may|might) (also )?(like|enjoy|be interested in)|recommended( for you| reading)?|don'?t miss|(most )?(popular|read|viewed)|trending( now)?|further reading|up next|watch next|baca (juga|selengkapnya)|lihat (juga|selengkapnya)|simak (juga|selengkapnya)|berita terkait|artikel terkait|terkait|terpopuler|rekomendasi|populer)\b/i;

/** Date-stamp keywords that may surround a printed date/time ("Updated 9:41 AM"). */
export const DATE_WORDS = /\b(updated?|posted|published|last (updated|modified)|modified|created|on|at|am|pm|a\.m\.|p\.m\.|ago|edt|est|cst|cdt|pst|pdt|gmt|utc|bst|cet|wib|wita|wit|diperbarui|dipublikasikan|diterbitkan|terbit|pukul|jam|hari|lalu|today|yesterday|minutes?|hours?|days?|menit|detik|hari ini|kemarin)\b/gi;

export const MONTH_WORD = /\b(jan(uary|uari)?|feb(ruary|ruari)?|mar(ch|et)?|apr(il)?|may|mei|jun[ei]?|jul[iy]?|aug(ust)?|agu(stus)?|agt|sep(t(ember)?)?|oct(ober)?|okt(ober)?|nov(ember)?|dec(ember)?|des(ember)?)\b\.?/gi;
export const WEEKDAY_WORD = /\b(mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(rs(day)?)?|fri(day)?|sat(urday)?|sun(day)?|senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)\b\.?/gi;

/** A byline lead ("By Jane Doe", "Oleh: Budi"). */
export const BYLINE_LEAD = /^(by|oleh|penulis|reporter|pewarta|written by|words by|story by|editor|redaktur)\b\s*:?\s*/i;

/** Trailing chrome after the last paragraph: copyright, newsletter, contact, credits. */
export const TRAILING = /(©|\(c\) ?\d{4}|copyright|all rights reserved|hak cipta|subscribe|newsletter|sign up|berlangganan|have a (news )?tip|send us|contact (us|the author|him|her)|may be reached at|can be reached at|follow (us|him|her|me) on|ikuti (kami|kanal|berita)|join our|download (our|the) app|unduh aplikasi|get (the|our) .{0,40}(app|newsletter)|^(source|sumber|editor|penulis|pewarta|reporter|redaktur|penyunting|foto|photo|image)s? ?:|report(ing|ed)? by|additional reporting|this (article|story) (was|has been|first)|the views expressed|disclaimer|affiliate|^follow .{1,40} on (twitter|facebook|instagram|youtube|tiktok|linkedin)|^citation:|if you (enjoyed|liked|value) this|support (our|independent|quality) journalism|become a (member|subscriber|supporter)|^(learn|read) more$|^follow .{1,60}\b(coverage|updates|news)\b|\b(fax|tel|telp|phone)\b\.?\s*:?\s*[+(\d]|\d{3}[-. ]\d{4}\s*(tel|fax)\b|^something to consider$|artikel ini (telah|sudah) (tayang|terbit|dimuat)|simak (breaking news|berita|video|juga|selengkapnya)|dapatkan (update|informasi|berita)|(gabung|bergabung) (di|ke|dengan|dalam) (grup|kanal|channel|komunitas)|halaman (selanjutnya|berikutnya)|^\(\s*[a-z]{2,6}\s*\/\s*[a-z]{2,6}\s*\)$)/i;

/** A call to action that is only a link prompt ("CLICK HERE TO GET THE APP", "Klik di sini"). */
export const CLICK_PROMPT = /(click(ing)? here|tap here|klik (di ?sini|tautan)|download (the|our) app|get the .{1,30} app)/i;

/** Image/photo credit lines ("Jane Doe | Getty Images", "(Image: REUTERS)", "Foto: ANTARA"). */
export const CREDIT_LINE = /^(\(?\s*(image|photo|picture|foto|gambar|sumber foto|ilustrasi|credit)s?\s*(credit)?\s*:.{0,80}\)?|.{0,80}\b(getty images|shutterstock|reuters|ap photo|afp( photo)?|epa|antara foto|istockphoto|dok\.|dokumentasi)\b.{0,30})$/i;

/** Heads the author's bio box, which runs to the end of the body. */
export const AUTHOR_BOX = /^(about the (author|writer|reporter)s?|author bio(graphy)?|tentang (penulis|pengarang)|profil penulis|more (posts|articles|stories) (by|from) .{1,40})[\s.:]*$/i;

/** Filing and reading-time furniture: "Filed under: Politics", "5 min read", "Kategori: Nasional". */
export const FILING_LINE = /^((filed|posted) (under|in)|categor(y|ies)|tag(s|ged)( with)?|topics?|kategori|topik|label|rubrik)\s*:|^(\d+\s*(min(ute)?s?|menit)\s*(read|baca)|(reading|read) time\s*:?.{0,20}|(waktu|lama) baca\s*:?.{0,20})$/i;

/** Top-of-page banners ("BREAKING NEWS") and gallery counters ("1 of 6"). */
export const BANNER_LINE = /^(breaking( news)?|latest( news)?|developing( story)?|exclusive|live( updates)?|berita terkini|terbaru|eksklusif|\d+ (of|dari|\/) \d+)[\s.:!]*$/i;
