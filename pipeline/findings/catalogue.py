"""The catalogue of finding kinds. Each kind is declared here once; docs/FINDINGS.md is generated.

Message templates use ``str.format`` fields filled from a finding's ``params``; every template
exists in Bahasa Indonesia (``id``, the default for operators and OPDs) and English (``en``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    """``error`` rejects the submission; ``warning`` and ``info`` do not."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class FindingKind:
    code: str
    severity: Severity
    tags: tuple[str, ...]
    title_id: str
    title_en: str
    message_id: str
    message_en: str
    hint_id: str
    hint_en: str

    def title(self, lang: str = "id") -> str:
        return self.title_en if lang == "en" else self.title_id

    def hint(self, lang: str = "id") -> str:
        return self.hint_en if lang == "en" else self.hint_id


KINDS: dict[str, FindingKind] = {}

E, W, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO
FILE, SHEET, ROW, CELL, BATCH = "file", "sheet", "row", "cell", "batch"


def _kind(code: str, severity: Severity, tags: tuple[str, ...], title: tuple[str, str],
          message: tuple[str, str], hint: tuple[str, str]) -> None:
    assert code not in KINDS, code
    KINDS[code] = FindingKind(code, severity, tags, title[0], title[1], message[0], message[1],
                              hint[0], hint[1])


# --- the file as a whole ---------------------------------------------------------------------
_kind("file-empty", E, (FILE,),
      ("Berkas kosong", "Empty file"),
      ("Berkas {file} berukuran 0 byte.", "File {file} is 0 bytes long."),
      ("Kirim ulang berkas; kemungkinan lampiran e-mail rusak.", "Send the file again; the attachment was probably damaged."))
_kind("file-unreadable", E, (FILE,),
      ("Berkas tidak dapat dibaca", "File cannot be read"),
      ("Berkas {file} tidak dapat dibuka sebagai workbook Excel/ODS: {reason}.",
       "File {file} cannot be opened as an Excel/ODS workbook: {reason}."),
      ("Buka berkas di Excel, simpan ulang sebagai .xlsx, lalu kirim kembali.",
       "Open the file in Excel, save it again as .xlsx and send it back."))
_kind("file-encrypted", E, (FILE,),
      ("Berkas terkunci kata sandi", "Password-protected file"),
      ("Berkas {file} dilindungi kata sandi sehingga isinya tidak dapat dibaca.",
       "File {file} is password-protected, so its content cannot be read."),
      ("Hapus kata sandi (File > Info > Protect Workbook) lalu kirim ulang.",
       "Remove the password (File > Info > Protect Workbook) and send it again."))
_kind("file-format-unsupported", E, (FILE,),
      ("Format berkas tidak didukung", "Unsupported file format"),
      ("Berkas {file} berformat {format}, yang tidak didukung.", "File {file} is in {format} format, which is not supported."),
      ("Simpan ulang sebagai .xlsx (Excel Workbook).", "Save it again as .xlsx (Excel Workbook)."))
_kind("file-too-large", E, (FILE,),
      ("Berkas melebihi batas", "File over the limit"),
      ("Berkas {file} melebihi batas {limit}: {actual}.", "File {file} exceeds the {limit} limit: {actual}."),
      ("Periksa apakah berkas memuat data lain yang tidak perlu; kirim hanya tabel rencana.",
       "Check whether the file holds unrelated data; send only the planning table."))
_kind("file-macros", W, (FILE,),
      ("Berkas berisi makro", "File contains macros"),
      ("Berkas {file} berisi makro VBA; makro tidak dijalankan, hanya data yang dibaca.",
       "File {file} contains VBA macros; they were not run, only the data was read."),
      ("Gunakan templat .xlsx tanpa makro.", "Use the .xlsx template without macros."))
_kind("file-external-links", W, (FILE,),
      ("Berkas merujuk workbook lain", "File links to other workbooks"),
      ("Berkas {file} berisi tautan ke workbook lain; tautan tidak diikuti dan tidak disalin ke keluaran.",
       "File {file} links to other workbooks; the links were not followed and are not copied to the outputs."),
      ("Salin nilainya (Paste Values) agar berkas berdiri sendiri.", "Paste the values so the file stands on its own."))
_kind("file-ignored", INFO, (FILE,),
      ("Berkas dilewati", "File skipped"),
      ("Berkas {file} dilewati: {reason}.", "File {file} was skipped: {reason}."),
      ("Tidak perlu tindakan.", "No action needed."))
_kind("file-duplicate", INFO, (FILE,),
      ("Berkas sudah pernah diproses", "File already processed"),
      ("Berkas {file} identik dengan {previous} yang sudah diproses; tidak diproses ulang.",
       "File {file} is identical to {previous}, which was already processed; not processed again."),
      ("Tidak perlu tindakan.", "No action needed."))
_kind("file-vanished", E, (FILE,),
      ("Berkas hilang saat diproses", "File disappeared during the run"),
      ("Berkas {file} terhapus atau dipindahkan saat sedang diproses.", "File {file} was deleted or moved while being processed."),
      ("Letakkan kembali berkas di inbox.", "Put the file back into the inbox."))

# --- finding the table -------------------------------------------------------------------------
_kind("document-unknown", E, (FILE, SHEET),
      ("Tabel tidak dikenali", "Table not recognized"),
      ("Tidak ditemukan tabel Renja pada berkas {file}: kolom wajib yang tidak ditemukan: {missing}.",
       "No Renja table found in {file}: required columns not found: {missing}."),
      ("Gunakan templat resmi, atau pastikan judul kolom T-C.33 (Kode, Program/Kegiatan, Indikator, Target, Pagu Indikatif) ada.",
       "Use the official template, or make sure the T-C.33 column headers (Kode, Program/Kegiatan, Indikator, Target, Pagu Indikatif) are present."))
_kind("document-unsupported", E, (FILE, SHEET),
      ("Jenis dokumen belum didukung", "Document type not supported yet"),
      ("Berkas {file} dikenali sebagai {document}, yang belum dapat diproses otomatis.",
       "File {file} was recognized as {document}, which cannot be processed automatically yet."),
      ("Operator Bappeda memproses berkas ini secara manual untuk sementara.", "The Bappeda operator handles this file by hand for now."))
_kind("sheet-chosen", INFO, (SHEET,),
      ("Sheet yang dibaca", "Sheet read"),
      ("Tabel dibaca dari sheet '{sheet}' (judul kolom di baris {header_rows}); sheet lain: {others}.",
       "Table read from sheet '{sheet}' (headers on rows {header_rows}); other sheets: {others}."),
      ("Pastikan sheet ini memang tabel yang dimaksud.", "Make sure this is the intended sheet."))
_kind("sheet-hidden-data", W, (SHEET,),
      ("Sheet tersembunyi berisi data", "Hidden sheet holds data"),
      ("Sheet '{sheet}' tersembunyi tetapi berisi data; data tersebut tidak dibaca.",
       "Sheet '{sheet}' is hidden but holds data; it was not read."),
      ("Tampilkan sheet (Unhide) bila datanya perlu dibaca, atau hapus bila tidak.",
       "Unhide the sheet if its data should be read, or delete it."))
_kind("row-hidden-data", W, (ROW,),
      ("Baris tersembunyi berisi data", "Hidden row holds data"),
      ("Baris {row} pada sheet '{sheet}' tersembunyi tetapi berisi data; baris tersebut tetap dibaca.",
       "Row {row} on sheet '{sheet}' is hidden but holds data; it was read all the same."),
      ("Tampilkan baris (Unhide) dan periksa isinya.", "Unhide the row and check its content."))
_kind("meta-missing", E, (FILE,),
      ("Identitas dokumen tidak lengkap", "Document identity incomplete"),
      ("Tidak dapat menentukan {field_label} dari berkas {file}.", "Cannot tell the {field_label} from file {file}."),
      ("Gunakan templat resmi, atau tulis tahun, pemerintah daerah dan nama Perangkat Daerah di judul tabel "
       "(misalnya 'Nama Perangkat Daerah : Dinas Kesehatan').",
       "Use the official template, or state the year, pemda and agency in the table title "
       "(e.g. 'Nama Perangkat Daerah : Dinas Kesehatan')."))
_kind("meta-mismatch", W, (FILE,),
      ("Identitas dokumen tidak konsisten", "Document identity inconsistent"),
      ("{field} pada {source_a} ('{value_a}') berbeda dengan {source_b} ('{value_b}').",
       "{field} in {source_a} ('{value_a}') differs from {source_b} ('{value_b}')."),
      ("Samakan tahun, pemda dan nama OPD di templat, isi tabel dan nama berkas.",
       "Make the year, pemda and OPD agree between the template, the table and the file name."))
_kind("level-inferred", INFO, (ROW, CELL),
      ("Tingkat baris disimpulkan dari penomoran", "Row level inferred from numbering"),
      ("Baris {row} tidak memiliki kode; '{raw}' dibaca sebagai {level} dari penomoran dan posisinya.",
       "Row {row} has no code; '{raw}' was read as a {level} from its numbering and position."),
      ("Tulis kode program/kegiatan/sub kegiatan sesuai Kepmendagri 050-5889/2021.",
       "Write the program/kegiatan/sub kegiatan code as in Kepmendagri 050-5889/2021."))

# --- cell values ---------------------------------------------------------------------------------
_kind("code-invalid", E, (CELL,),
      ("Format kode salah", "Invalid code format"),
      ("Kode '{raw}' tidak sesuai format kode program/kegiatan/sub kegiatan (contoh: 5.03.02.2.01.0003).",
       "Code '{raw}' does not match the program/kegiatan/sub kegiatan code format (e.g. 5.03.02.2.01.0003)."),
      ("Tulis kode dengan titik sebagai pemisah, misalnya 5.03.02.2.01.0003.", "Write the code with dots, e.g. 5.03.02.2.01.0003."))
_kind("code-mangled", E, (CELL,),
      ("Kode rusak oleh Excel", "Code destroyed by Excel"),
      ("Kode '{raw}' telah diubah Excel menjadi angka/notasi ilmiah; kode aslinya tidak dapat dipulihkan.",
       "Code '{raw}' was turned into a number / scientific notation by Excel; the original code cannot be recovered."),
      ("Format kolom Kode sebagai Teks lalu ketik ulang kode lengkapnya.", "Format the Kode column as Text and type the full code again."))
_kind("code-stored-as-number", W, (CELL,),
      ("Kode disimpan sebagai angka", "Code stored as a number"),
      ("Kode {kode} tersimpan sebagai angka; Excel dapat merusaknya bila kolom dipersempit.",
       "Code {kode} is stored as a number; Excel may destroy it when the column is narrowed."),
      ("Format kolom Kode sebagai Teks.", "Format the Kode column as Text."))
_kind("code-duplicate", E, (CELL,),
      ("Kode ganda", "Duplicate code"),
      ("Kode {kode} dipakai lebih dari sekali: '{nama}' dan '{other_nama}' (sel {other_cell}).",
       "Code {kode} is used more than once: '{nama}' and '{other_nama}' (cell {other_cell})."),
      ("Periksa kode setiap sub kegiatan; satu kode hanya untuk satu sub kegiatan.",
       "Check each sub kegiatan's code; one code belongs to one sub kegiatan."))
_kind("code-hierarchy", E, (CELL,),
      ("Kode tidak sesuai induknya", "Code does not belong to its parent"),
      ("{level} {kode} berada di bawah {parent_level} {parent}, tetapi kodenya tidak diawali {parent}.",
       "{level} {kode} sits under {parent_level} {parent}, but its code does not start with {parent}."),
      ("Perbaiki kode atau pindahkan baris ke bawah induk yang benar.", "Fix the code or move the row under its right parent."))
_kind("code-placeholder-filled", INFO, (CELL,),
      ("Kode X.XX diisi bidang OPD", "X.XX filled with the OPD's bidang"),
      ("Kode {raw} dibaca sebagai {kode} (bidang urusan OPD {bidang}).", "Code {raw} was read as {kode} (the OPD's bidang {bidang})."),
      ("Tidak perlu tindakan.", "No action needed."))
_kind("required-missing", E, (CELL,),
      ("Isian wajib kosong", "Required value missing"),
      ("Kolom {field_label} wajib diisi untuk {level} {kode}.", "Column {field_label} is required for {level} {kode}."),
      ("Isi sel yang ditandai.", "Fill in the marked cell."))
_kind("schema-violation", E, (CELL,),
      ("Isian tidak sesuai aturan", "Value breaks a rule of the schema"),
      ("Kolom {field_label}: {detail}.", "Column {field_label}: {detail}."),
      ("Perbaiki isian sesuai petunjuk pada templat.", "Correct the value as the template's instructions say."))
_kind("value-not-a-number", E, (CELL,),
      ("Bukan angka", "Not a number"),
      ("Kolom {field_label} berisi '{raw}', yang bukan angka.", "Column {field_label} holds '{raw}', which is not a number."),
      ("Tulis angka saja, misalnya 1.924.149.480 atau 1924149480.", "Write a number only, e.g. 1.924.149.480 or 1924149480."))
_kind("value-scientific-notation", E, (CELL,),
      ("Angka dalam notasi ilmiah", "Number in scientific notation"),
      ("Kolom {field_label} berisi '{raw}' (notasi ilmiah); nilai tepatnya tidak dapat dipastikan.",
       "Column {field_label} holds '{raw}' (scientific notation); its exact value cannot be known."),
      ("Format sel sebagai angka (Number) dan ketik ulang nilainya.", "Format the cell as Number and type the value again."))
_kind("value-negative", E, (CELL,),
      ("Nilai negatif", "Negative value"),
      ("Kolom {field_label} bernilai negatif ({raw}).", "Column {field_label} is negative ({raw})."),
      ("Pagu dan target tidak boleh negatif.", "Pagu and targets cannot be negative."))
_kind("value-date", E, (CELL,),
      ("Tanggal di kolom angka", "Date in a number column"),
      ("Kolom {field_label} berisi tanggal ({raw}), padahal seharusnya angka.",
       "Column {field_label} holds a date ({raw}) where a number is expected."),
      ("Format sel sebagai angka dan ketik ulang nilainya.", "Format the cell as a number and type the value again."))
_kind("formula-no-cached-value", E, (CELL,),
      ("Rumus tanpa nilai tersimpan", "Formula without a stored value"),
      ("Sel berisi rumus {formula} yang nilainya tidak tersimpan di berkas.", "The cell holds the formula {formula} whose value was not saved in the file."),
      ("Buka berkas di Excel, tekan Ctrl+Alt+F9, simpan, lalu kirim ulang.", "Open the file in Excel, press Ctrl+Alt+F9, save and send it again."))
_kind("cell-error-value", E, (CELL,),
      ("Sel berisi galat Excel", "Cell holds an Excel error"),
      ("Sel berisi galat Excel {raw}.", "The cell holds the Excel error {raw}."),
      ("Perbaiki rumus atau ganti dengan nilai.", "Fix the formula or replace it with a value."))
_kind("target-no-number", W, (CELL,),
      ("Target tanpa angka", "Target without a number"),
      ("Target '{raw}' tidak diawali angka, sehingga nilainya tidak dapat dibaca.",
       "Target '{raw}' does not start with a number, so its value cannot be read."),
      ("Tulis target sebagai angka diikuti satuan, misalnya '1 dok'.", "Write the target as a number followed by its unit, e.g. '1 dok'."))
_kind("unit-unknown", INFO, (CELL,),
      ("Satuan tidak dikenal", "Unknown unit"),
      ("Satuan '{unit}' tidak ada dalam daftar satuan baku; disimpan apa adanya.",
       "Unit '{unit}' is not in the list of standard units; kept as written."),
      ("Gunakan satuan dari daftar pilihan pada templat.", "Use a unit from the template's dropdown list."))

_kind("amount-unlabelled", W, (CELL,),
      ("Nilai tanpa keterangan", "Amount without a label"),
      ("Baris {row} berisi {field_label} {raw} pada baris indikator tambahan {kode}, tanpa kode atau label belanja; nilai ini tidak dibaca.",
       "Row {row} holds {field_label} {raw} on an extra-indicator row of {kode}, with no code or belanja label; the amount was not read."),
      ("Pindahkan nilai ke baris 'Belanja ...' yang sesuai (misalnya Belanja operasi), atau hapus bila tidak perlu.",
       "Move the amount onto the matching 'Belanja ...' row (e.g. Belanja operasi), or delete it."))

# --- arithmetic ------------------------------------------------------------------------------------
_kind("rollup-mismatch", E, (CELL,),
      ("Jumlah tidak sesuai rincian", "Roll-up does not add up"),
      ("{measure} {level} {kode} = {parent_value}, tetapi jumlah {child_level} di bawahnya = {children_sum} (selisih {difference}; rincian: {children}).",
       "{measure} of {level} {kode} = {parent_value}, but its {child_level} add up to {children_sum} (difference {difference}; items: {children})."),
      ("Samakan pagu induk dengan jumlah rinciannya, atau perbaiki rincian yang salah.",
       "Make the parent's amount equal to the sum of its items, or correct the wrong item."))
_kind("belanja-mismatch", E, (CELL,),
      ("Komposisi belanja tidak sesuai", "Belanja breakdown does not add up"),
      ("{kode} ({period}): {left} = {left_value}, tetapi {right} = {right_value} (selisih {difference}).",
       "{kode} ({period}): {left} = {left_value}, but {right} = {right_value} (difference {difference})."),
      ("Belanja operasi = pegawai + barang dan jasa; pagu = operasi + modal.", "Belanja operasi = pegawai + barang dan jasa; pagu = operasi + modal."))
_kind("total-mismatch", E, (CELL,),
      ("Baris JUMLAH tidak sesuai", "Total row does not match"),
      ("Baris '{label}' menulis {measure} {total}, tetapi jumlah datanya {computed} (selisih {difference}).",
       "Row '{label}' states {measure} {total}, but the data add up to {computed} (difference {difference})."),
      ("Perbaiki angka JUMLAH atau rincian di atasnya.", "Correct the total or the rows above it."))

# --- plausibility --------------------------------------------------------------------------------
_kind("target-percent-over-100", W, (CELL,),
      ("Persentase di atas 100", "Percentage above 100"),
      ("Target {kode} bernilai {raw}, lebih dari 100%.", "Target of {kode} is {raw}, above 100%."),
      ("Periksa target; persentase biasanya tidak melebihi 100.", "Check the target; a percentage rarely exceeds 100."))
_kind("target-zero-with-pagu", W, (CELL,),
      ("Target nol dengan pagu", "Zero target with a budget"),
      ("{kode} bertarget 0 tetapi memiliki pagu {pagu}.", "{kode} has a target of 0 but a pagu of {pagu}."),
      ("Isi target atau kosongkan pagu.", "Fill in the target or clear the pagu."))
_kind("pagu-without-target", W, (CELL,),
      ("Pagu tanpa target", "Budget without a target"),
      ("{kode} memiliki pagu {pagu} tetapi tidak memiliki target kinerja.", "{kode} has a pagu of {pagu} but no performance target."),
      ("Isi target capaian kinerja.", "Fill in the performance target."))
_kind("maju-far-from-n", W, (CELL,),
      ("Prakiraan maju jauh dari tahun rencana", "Forward estimate far from the plan year"),
      ("Pagu prakiraan maju {kode} ({maju}) berbeda {percent}% dari pagu tahun rencana ({pagu}); batas {threshold}%.",
       "Forward pagu of {kode} ({maju}) differs {percent}% from the plan-year pagu ({pagu}); threshold {threshold}%."),
      ("Periksa pagu prakiraan maju.", "Check the forward-estimate pagu."))
_kind("reference-unknown-code", E, (CELL,),
      ("Kode tidak ada dalam nomenklatur", "Code not in the nomenclature"),
      ("Kode {kode} tidak ditemukan dalam nomenklatur acuan ({reference}).", "Code {kode} is not in the reference nomenclature ({reference})."),
      ("Gunakan kode sesuai Kepmendagri 050-5889/2021 dan perubahannya.", "Use a code from Kepmendagri 050-5889/2021 and its amendments."))
_kind("reference-name-differs", W, (CELL,),
      ("Nama berbeda dengan nomenklatur", "Name differs from the nomenclature"),
      ("Nama {kode} '{nama}' berbeda dengan nomenklatur: '{expected}'.", "Name of {kode} '{nama}' differs from the nomenclature: '{expected}'."),
      ("Gunakan nama sesuai nomenklatur.", "Use the name from the nomenclature."))
_kind("reference-unit-differs", W, (CELL,),
      ("Satuan berbeda dengan nomenklatur", "Unit differs from the nomenclature"),
      ("Satuan {kode} '{unit}' berbeda dengan nomenklatur: '{expected}'.", "Unit of {kode} '{unit}' differs from the nomenclature: '{expected}'."),
      ("Gunakan satuan sesuai nomenklatur.", "Use the unit from the nomenclature."))

# --- across submissions ----------------------------------------------------------------------------
_kind("cross-opd-duplicate", W, (BATCH,),
      ("Sub kegiatan diklaim dua OPD", "Sub kegiatan claimed by two OPDs"),
      ("Sub kegiatan {kode} diajukan oleh {opd} dan juga oleh {other_opd}.", "Sub kegiatan {kode} is submitted by {opd} and also by {other_opd}."),
      ("Koordinasikan dengan OPD lain; satu sub kegiatan hanya dilaksanakan satu OPD.",
       "Coordinate with the other OPD; one sub kegiatan belongs to one OPD."))
_kind("ceiling-exceeded", W, (BATCH,),
      ("Pagu melebihi pagu indikatif OPD", "Pagu above the OPD's ceiling"),
      ("Total pagu {opd} ({total}) melebihi pagu indikatif {ceiling} (lebih {difference}).",
       "{opd}'s total pagu ({total}) exceeds its ceiling {ceiling} (over by {difference})."),
      ("Sesuaikan pagu dengan pagu indikatif yang ditetapkan.", "Bring the pagu within the set ceiling."))
_kind("opd-not-submitted", W, (BATCH,),
      ("OPD belum mengirim", "OPD has not submitted"),
      ("{opd} belum mengirim {document} tahun {tahun}.", "{opd} has not submitted its {document} for {tahun}."),
      ("Hubungi OPD tersebut.", "Contact the OPD."))
_kind("findings-capped", INFO, (FILE,),
      ("Temuan dibatasi", "Findings capped"),
      ("Hanya {shown} dari {total} temuan ditampilkan (batas {cap}).", "Only {shown} of {total} findings are shown (cap {cap})."),
      ("Perbaiki temuan yang ditampilkan lalu kirim ulang.", "Fix the findings shown and send the file again."))

# --- the other documents: Renja Perubahan, Evaluasi Renja, Review Ranwal, Rencana Aksi, RKT ----------
_kind("level-unknown", INFO, (ROW, CELL),
      ("Tingkat baris tidak dapat ditentukan", "Row level unknown"),
      ("Baris {row} ('{raw}') tidak memiliki kode maupun penomoran; tingkatnya (kegiatan/sub kegiatan) tidak dapat ditentukan, dibaca tanpa tingkat.",
       "Row {row} ('{raw}') has neither a code nor numbering; its level (kegiatan/sub kegiatan) cannot be told, so it was read without one."),
      ("Tulis kode program/kegiatan/sub kegiatan pada setiap baris.", "Write the program/kegiatan/sub kegiatan code on every row."))
_kind("level-from-sums", INFO, (ROW, CELL),
      ("Tingkat baris disimpulkan dari jumlahnya", "Row levels inferred from the sums"),
      ("Baris {rows} tidak berkode: {kegiatan} baris dibaca sebagai kegiatan dan {sub_kegiatan} sebagai sub kegiatan, karena pagu setiap kegiatan tepat sama dengan jumlah baris di bawahnya.",
       "Rows {rows} have no code: {kegiatan} rows were read as kegiatan and {sub_kegiatan} as sub kegiatan, because each kegiatan's pagu equals exactly the sum of the rows below it."),
      ("Tulis kode program/kegiatan/sub kegiatan agar tingkatnya pasti.", "Write the codes so that the levels are certain."))
_kind("text-in-wrong-column", W, (CELL,),
      ("Teks di kolom yang salah", "Text in the wrong column"),
      ("Sel berisi '{raw}' di kolom {column_label}; dibaca sebagai {field_label}.",
       "The cell holds '{raw}' in column {column_label}; it was read as {field_label}."),
      ("Pindahkan teks ke kolom {field_label}.", "Move the text into the {field_label} column."))
_kind("total-amount-misplaced", W, (CELL,),
      ("Nilai JUMLAH di kolom lain", "Total amount in another column"),
      ("Baris '{label}': nilai {raw} ditulis di kolom {column_label}; dibaca sebagai {field_label}.",
       "Row '{label}': the amount {raw} is written in the {column_label} column; it was read as {field_label}."),
      ("Pindahkan nilai ke kolom {field_label}.", "Move the amount into the {field_label} column."))
_kind("amount-thousands-whole", W, (CELL,),
      ("Judul kolom (Rp.000) tetapi nilainya rupiah penuh", "Header says thousands but the values are whole rupiah"),
      ("Judul kolom '{title}' menyatakan ribuan rupiah, tetapi nilainya rupiah penuh (terbesar {largest}; sebagai ribuan berarti lebih dari {limit}.000 rupiah per baris). Nilai dibaca apa adanya, tidak dikalikan 1.000.",
       "The column title '{title}' states thousands of rupiah, but the values are whole rupiah (largest {largest}; as thousands that would be over {limit}.000 rupiah for one row). The values were read as written, not multiplied by 1,000."),
      ("Hapus '(Rp.000)' dari judul kolom, atau tulis nilai dalam ribuan.", "Remove '(Rp.000)' from the column title, or write the values in thousands."))
_kind("amount-thousands-read", INFO, (CELL,),
      ("Nilai dibaca dalam ribuan rupiah", "Values read in thousands of rupiah"),
      ("Judul kolom '{title}' menyatakan ribuan rupiah; nilainya dikalikan 1.000.",
       "The column title '{title}' states thousands of rupiah; the values were multiplied by 1,000."),
      ("Tidak perlu tindakan; gunakan rupiah penuh pada templat.", "No action needed; the template uses whole rupiah."))
_kind("perubahan-selisih-mismatch", E, (CELL,),
      ("Selisih perubahan tidak sesuai", "Revision difference does not add up"),
      ("{kode}: kolom bertambah/berkurang = {raw}, tetapi setelah - sebelum = {setelah} - {sebelum} = {expected}.",
       "{kode}: the increase/decrease column = {raw}, but after - before = {setelah} - {sebelum} = {expected}."),
      ("Selisih = pagu setelah perubahan - pagu sebelum perubahan.", "Difference = pagu after the revision - pagu before it."))
_kind("perubahan-repeated", INFO, (CELL,),
      ("Sub kegiatan tertulis dua kali", "Sub kegiatan listed twice"),
      ("{level} '{nama}' tertulis lagi di baris {row} (pertama di sel {first_cell}) dengan nilai yang sama; dalam konsolidasi dihitung sekali.",
       "{level} '{nama}' is listed again on row {row} (first at cell {first_cell}) with the same values; the consolidation counts it once."),
      ("Tidak perlu tindakan bila memang mendukung dua sasaran.", "No action needed if it serves two sasaran."))
_kind("perubahan-repeated-differs", W, (CELL,),
      ("Sub kegiatan tertulis dua kali dengan nilai berbeda", "Sub kegiatan listed twice with different values"),
      ("{level} '{nama}' tertulis lagi di baris {row} dengan {measure} {raw}, sedangkan di sel {first_cell} {expected}; konsolidasi memakai yang pertama.",
       "{level} '{nama}' is listed again on row {row} with {measure} {raw}, while cell {first_cell} says {expected}; the consolidation uses the first."),
      ("Samakan nilai kedua baris.", "Make both rows state the same value."))
_kind("formula-mismatch", W, (CELL,),
      ("Kolom hitungan tidak sesuai rumusnya", "Computed column does not match its formula"),
      ("{kode}: kolom {label} berisi {raw}, tetapi menurut rumusnya {expression} = {expected} (selisih {difference}; toleransi pembulatan ±{tolerance}, setengah satuan angka terakhir yang ditulis, minimal 0,01).",
       "{kode}: column {label} holds {raw}, but its formula gives {expression} = {expected} (difference {difference}; rounding tolerance ±{tolerance}, half a unit of the last digit written, at least 0.01)."),
      ("Hitung ulang kolom sesuai rumus pada judulnya.", "Recompute the column with the formula in its title."))
_kind("formula-undefined", W, (CELL,),
      ("Rumus tidak terdefinisi (bagi nol)", "Formula undefined (division by zero)"),
      ("{kode}: kolom {label} berisi {raw}, tetapi {expression} membagi dengan nol sehingga tidak terdefinisi.",
       "{kode}: column {label} holds {raw}, but {expression} divides by zero, so it is undefined."),
      ("Kosongkan kolom atau isi '-' bila targetnya nol.", "Leave the column empty or write '-' when the target is zero."))
_kind("quarter-sum-mismatch", E, (CELL,),
      ("Target triwulan tidak sesuai target tahunan", "Quarterly targets do not match the annual target"),
      ("{kode}: target tahunan {expected} ({unit_kind}), tetapi {rule}: {quarters} = {computed} (selisih {difference}).",
       "{kode}: annual target {expected} ({unit_kind}), but {rule}: {quarters} = {computed} (difference {difference})."),
      ("Untuk satuan jumlah (dokumen, orang, unit) TW I + II + III + IV = target tahunan; untuk persen/indeks TW IV = target tahunan.",
       "For count units (documents, people, units) TW I + II + III + IV = annual target; for percentages/indexes TW IV = annual target."))
_kind("quarter-empty", INFO, (CELL,),
      ("Triwulan tanpa nilai", "Quarter without a value"),
      ("'{raw}' ditulis tanpa nilai; {quarter} dibaca kosong.", "'{raw}' is written without a value; {quarter} was read as empty."),
      ("Isi target triwulan atau tulis '-' bila tidak ada.", "Fill in the quarterly target or write '-' when there is none."))
_kind("ranwal-pagu-changed", W, (CELL,),
      ("Pagu hasil analisis berbeda dengan rancangan awal", "Pagu of the needs analysis differs from the draft"),
      ("{kode} '{nama}': kebutuhan dana hasil analisis {raw} berbeda dengan pagu rancangan awal {expected} (selisih {difference}).",
       "{kode} '{nama}': the needs-analysis budget {raw} differs from the draft pagu {expected} (difference {difference})."),
      ("Pastikan perubahan pagu dijelaskan di kolom Catatan Penting.", "Make sure the change is explained in the Catatan Penting column."))
_kind("ranwal-target-changed", INFO, (CELL,),
      ("Target hasil analisis berbeda dengan rancangan awal", "Target of the needs analysis differs from the draft"),
      ("{kode} '{nama}': target hasil analisis {raw} berbeda dengan rancangan awal {expected}.",
       "{kode} '{nama}': the needs-analysis target {raw} differs from the draft {expected}."),
      ("Pastikan perubahan target dijelaskan di kolom Catatan Penting.", "Make sure the change is explained in the Catatan Penting column."))
_kind("ranwal-text-changed", INFO, (CELL,),
      ("Uraian hasil analisis berbeda dengan rancangan awal", "Text of the needs analysis differs from the draft"),
      ("{field_label} hasil analisis '{raw}' berbeda dengan rancangan awal '{expected}'.",
       "The needs-analysis {field_label} '{raw}' differs from the draft '{expected}'."),
      ("Tidak perlu tindakan bila perubahan memang dimaksud.", "No action needed if the change is intended."))
_kind("sebelum-differs-renja", W, (BATCH, CELL),
      ("Nilai sebelum perubahan berbeda dengan Renja", "Value before the revision differs from the Renja"),
      ("{opd} {kode} '{nama}': {measure} sebelum perubahan {raw}, tetapi Renja {tahun} yang diterima ({renja_file}, sel {renja_cell}) menulis {expected}.",
       "{opd} {kode} '{nama}': {measure} before the revision is {raw}, but the accepted Renja {tahun} ({renja_file}, cell {renja_cell}) states {expected}."),
      ("Nilai 'sebelum perubahan' harus sama dengan Renja yang ditetapkan; perbaiki salah satunya.",
       "The 'before' value must equal the adopted Renja; correct one of them."))
_kind("masukan-differs-renja", W, (BATCH, CELL),
      ("Masukan RKT berbeda dengan pagu Renja", "RKT input differs from the Renja pagu"),
      ("{opd} '{nama}': masukan RKT {raw}, tetapi pagu sub kegiatan di Renja {tahun} yang diterima ({renja_file}, sel {renja_cell}) {expected} (selisih {difference}).",
       "{opd} '{nama}': RKT input {raw}, but the sub kegiatan's pagu in the accepted Renja {tahun} ({renja_file}, cell {renja_cell}) is {expected} (difference {difference})."),
      ("Samakan masukan RKT dengan pagu Renja, atau jelaskan perbedaannya.", "Make the RKT input equal to the Renja pagu, or explain the difference."))
_kind("not-in-renja", INFO, (BATCH, CELL),
      ("Tidak ditemukan di Renja", "Not found in the Renja"),
      ("{opd} {document}: {level} {kode} '{nama}' tidak ditemukan di Renja {tahun} yang diterima.",
       "{opd} {document}: {level} {kode} '{nama}' was not found in the accepted Renja {tahun}."),
      ("Periksa kode/nama sub kegiatan, atau apakah sub kegiatan ini memang baru.",
       "Check the code/name, or whether this sub kegiatan is indeed new."))
