"""One ``TableReader`` per document type: how its column titles name the schema fields, and how a
physical row of its hand-made tables becomes records.

Column titles are matched by the words they contain, own title first and the group titles above
it second (``Target | Sebelum Perubahan``, ``Rancangan Awal RKPD | Lokasi``), never by position, so
columns in another order, extra columns or titles worded a little differently still map.
"""

from __future__ import annotations

import re
from decimal import Decimal

from pipeline.extract.readers.base import Columns, TableReader, level_from_words, mangled_code_level
from pipeline.extract.readers.finish import UNKNOWN_LEVEL
from pipeline.extract.records import DATA, TOTAL, RowRecord, classify
from pipeline.extract.table import HeadScan, split_numbering
from pipeline.values import Cell, ValueProblem, cell_text, is_blank, parse_rupiah

_MONEY = re.compile(r"pagu|anggaran|kebutuhan dana|dana indikatif|\(rp|\brp\b|rupiah|biaya|belanja")
_TARGET = re.compile(r"target|capaian|volume|kinerja")
_NAME = re.compile(r"program|kegiatan|urusan|uraian|\bnama\b")


def _has(text: str, *words: str) -> bool:
    return any(w in text for w in words)


def _common(own: str) -> str:
    """Fields every document names alike."""
    if _has(own, "sumber dana", "sumber pendanaan"):
        return "sumber_dana"
    if own.startswith("kode") or own == "kode rekening":
        return "kode"
    if "lokasi" in own:
        return "lokasi"
    if _has(own, "catatan", "keterangan"):
        return "catatan"
    return ""


# --- Renja / RKT Perubahan ---------------------------------------------------------------------------

_SEBELUM = re.compile(r"sebelum|semula|\bawal\b|murni|induk")
_SETELAH = re.compile(r"setelah|sesudah|menjadi|perubahan|\bp-?apbd\b")
_SELISIH = re.compile(r"bertambah|berkurang|selisih|\+\s*/\s*-|\(\+/-\)|kenaikan|penurunan")


class PerubahanReader(TableReader):
    """Seed 000: target and anggaran each split into "Sebelum" / "Setelah Perubahan", numbering
    instead of codes, sasaran blocks each closed by a JUMLAH row."""

    document = "renja_perubahan"
    required = ("nama", "pagu_setelah")

    def field_of(self, own: str, context: str, cols: Columns) -> str:
        if re.search(r"\biku\b|indikator kinerja utama|sasaran|tujuan|prakiraan maju|n\s*\+\s*1", context):
            return ""  # the sasaran block's own columns, and a forward estimate, are not the revision's rows
        common = _common(own)
        if common:
            return common
        if "indikator" in own:
            return "indikator"
        base = ""
        for text in (own, context):
            if _SELISIH.search(text):
                return "pagu_selisih"
            if "satuan" in text:
                base = "satuan"
            elif _MONEY.search(text):
                base = "pagu"
            elif "target" in text or "volume" in text or "capaian" in text:
                base = "target"
            elif _NAME.search(text) and text is own:
                return "nama"
            if base:
                break
        if not base:
            return ""
        if _SEBELUM.search(context):
            return f"{base}_sebelum"
        if _SETELAH.search(context):
            return f"{base}_setelah"
        return ""


# --- Evaluasi Renja (T-C.29) ---------------------------------------------------------------------------


class EvaluasiReader(TableReader):
    """Seed 001 Tabel 2.1: columns named by their years (s/d n-2, n-1, n), computed columns whose
    formula labels (``8=(7/6)``) sit on the number row, codes mangled by Excel."""

    document = "evaluasi_renja"
    required = ("nama", "indikator", "target_renstra")

    def field_of(self, own: str, context: str, cols: Columns) -> str:
        common = _common(own)
        if common:
            return common
        if "indikator" in own:
            return "indikator"
        if "satuan" in own:
            return "satuan"
        n = max(cols.years) if cols.years else 0
        for text in (own, context):
            years = {int(y) for y in re.findall(r"(?<!\d)(20\d\d)(?!\d)", text)}
            year = max(years) if years else 0
            if "tingkat" in text or "%" in text and "realisasi" in text:
                if "renstra" in text or "capaian" in text:
                    return "tingkat_capaian_renstra"
                return "tingkat_realisasi_n1"
            if "realisasi" in text:
                cumulative = _has(text, "s/d", "s.d", "sampai", "hingga", "kumulatif")
                if cumulative and (year == n or "perkiraan" in text):
                    return "realisasi_sd_n"
                if cumulative or (n and year and year <= n - 2):
                    return "realisasi_sd_n2"
                return "realisasi_n1"
            if "target" in text or "capaian" in text:
                if _has(text, "renstra", "kondisi akhir", "akhir periode"):
                    return "target_renstra"
                if n and year == n - 1:
                    return "target_n1"
                if year == n or not years:
                    return "target_n"
            if text is own and _NAME.search(own):
                return "nama"
        return ""

    def header_year(self, cols: Columns) -> int | None:
        return max(cols.years) if cols.years else None


# --- Review Ranwal RKPD (T-C.31) -------------------------------------------------------------------------

_HASIL = re.compile(r"hasil analisis|analisis kebutuhan|kebutuhan dana|usulan")


class ReviewRanwalReader(TableReader):
    """Seed 001 Tabel 2.3: the rancangan awal and the hasil analisis kebutuhan side by side, no
    codes and no numbering, amounts titled ``(Rp.000)`` although they are whole rupiah."""

    document = "review_ranwal"
    required = ("nama", "pagu_ranwal")

    def field_of(self, own: str, context: str, cols: Columns) -> str:
        common = _common(own)
        if common in ("kode", "catatan", "sumber_dana"):
            return common
        hasil = bool(_HASIL.search(context))
        if common == "lokasi":
            base = "lokasi"
        elif "indikator" in own:
            base = "indikator"
        elif "satuan" in own:
            base = "satuan"
        elif _MONEY.search(own):
            base = "pagu"
        elif "target" in own or "capaian" in own:
            base = "target"
        elif _NAME.search(own):
            base = "nama"
        else:
            return ""
        if base in ("nama", "indikator", "lokasi"):
            return f"{base}_hasil" if hasil else base
        return f"{base}_{'hasil' if hasil else 'ranwal'}"

    def row_records(self, r: int, line: list[Cell], cols: Columns) -> list[RowRecord]:
        recs = super().row_records(r, line, cols)
        for rec in recs:
            if rec.kind == TOTAL and "pagu_hasil" not in rec.values:
                self._misplaced_total(rec, line, cols)
            if rec.kind == DATA and "nama" not in rec.values and "nama_hasil" in rec.values:
                rec.values["nama"], rec.cols["nama"] = rec.values["nama_hasil"], rec.cols["nama_hasil"]
                self.level(rec, line, cols, "", rec.cols["nama"])
        return recs

    def _misplaced_total(self, rec: RowRecord, line: list[Cell], cols: Columns) -> None:
        """Seed 001: the JUMLAH TOTAL of the hasil analisis printed in the Catatan column."""
        c = cols.col("catatan")
        v = line[c - 1] if c and c <= len(line) else None
        amount = parse_rupiah(v) if not is_blank(v) else None
        if amount is None or isinstance(amount, ValueProblem) or not cols.col("pagu_hasil"):
            return
        rec.values["pagu_hasil"], rec.cols["pagu_hasil"] = v, c
        self.note("total-amount-misplaced", rec.row, c, raw=cell_text(v), label=rec.label,
                  column_label=self.doc.label("catatan"), field_label=self.doc.label("pagu_hasil"))

    def place_levels(self, records: list[RowRecord]) -> None:
        """No code, no numbering: under each program, a row whose pagu equals the sum of the rows
        that follow it is a kegiatan and those rows its sub kegiatan. A program whose rows cannot be
        split so, exactly, keeps them without a level (``level-unknown``)."""
        blocks: list[list[RowRecord]] = []
        current: list[RowRecord] | None = None
        for rec in records:
            if rec.kind != DATA:
                current = None
            elif rec.level_hint in ("urusan", "bidang", "program"):
                current = []
                blocks.append(current)
            elif rec.level_hint or "kode" in rec.values:
                current = None
            elif "nama" in rec.values:
                if current is None:
                    rec.level_hint = UNKNOWN_LEVEL
                else:
                    current.append(rec)
        for block in blocks:
            self._split_block(block)

    def _split_block(self, block: list[RowRecord]) -> None:
        if not block:
            return
        amounts: list[Decimal] = []
        for rec in block:
            raw = rec.values.get("pagu_ranwal", rec.values.get("pagu_hasil"))
            v = parse_rupiah(raw) if raw is not None else None
            if v is None or isinstance(v, ValueProblem):
                break
            amounts.append(v)
        levels: list[str] = []
        i = 0
        while len(amounts) == len(block) and i < len(block):
            total, j = Decimal(0), i + 1
            while j < len(block) and total < amounts[i]:
                total += amounts[j]
                j += 1
            if j == i + 1 or total != amounts[i]:
                break
            levels += ["kegiatan"] + ["sub_kegiatan"] * (j - i - 1)
            i = j
        placed = len(levels) == len(block)
        for rec, level in zip(block, levels if placed else [UNKNOWN_LEVEL] * len(block), strict=True):
            rec.level_hint = level
            if placed:
                self.quiet_rows.add(rec.row)
        if placed:
            first = block[0]
            self.note("level-from-sums", first.row, first.cols.get("nama"), rows=f"{block[0].row}-{block[-1].row}",
                      kegiatan=str(levels.count("kegiatan")), sub_kegiatan=str(levels.count("sub_kegiatan")))


# --- Rencana Aksi --------------------------------------------------------------------------------------

_TW = re.compile(r"^(?:tw|triwulan|trw|tri\s*wulan|q)\s*\.?\s*(iv|iii|ii|i|[1-4])\b\s*:?\s*(.*)$", re.I)
_TW_SPLIT = re.compile(r"\n|(?=\b(?:tw|triwulan)\s*\.?\s*(?:iv|iii|ii|i|[1-4])\b)", re.I)
_TW_NUMBER = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


class RencanaAksiReader(TableReader):
    """Seed 002: sasaran and program in merged cells on the first row of their block, kegiatan and
    sub kegiatan without codes, the four quarterly targets in one cell ("TW. I 100%" per line) or in
    columns of their own, and the penanggung jawab."""

    document = "rencana_aksi"
    required = ("nama", "target")

    def field_of(self, own: str, context: str, cols: Columns) -> str:
        if _has(own, "penanggung jawab", "pelaksana", "unit kerja") or own in ("pj", "p.j."):
            return "penanggung_jawab"
        if _has(own, "realisasi", "capaian"):
            return ""
        m = _TW.match(own)
        if m:
            return f"tw{_TW_NUMBER[m.group(1).lower()]}"
        common = _common(own)
        if common in ("kode", "catatan"):
            return "" if common == "catatan" else common
        group = context.split(" | ")[0] if " | " in context else ""
        if "sasaran kinerja" in own:
            return "sasaran_kinerja"
        prefix = ""
        if "sasaran" in group or (not group and own.startswith("sasaran")):
            prefix = "sasaran"
        elif "program" in group and "kegiatan" not in group:
            prefix = "program"
        if "indikator" in own:
            base = "indikator"
        elif "target" in own:
            base = "target"
        elif "satuan" in own:
            base = "satuan"
        elif _has(own, "uraian", "nama") or _NAME.search(own) or own.startswith("sasaran"):
            base = "nama"
        else:
            return ""
        if prefix == "sasaran":
            return {"nama": "sasaran", "indikator": "indikator_sasaran", "target": "target_sasaran"}.get(base, "")
        if prefix == "program":
            return f"_program_{base}"
        return base

    def map_columns(self, scan: HeadScan) -> Columns:
        cols = super().map_columns(scan)
        if not any(f"tw{k}" in cols.fields for k in range(1, 5)):
            # the quarterly targets in one cell per row, under a column with no title of its own
            used = {c for cs in cols.fields.values() for c in cs}
            sheet = scan.sheet
            for c in sorted(set(cols.titles) - used - {cols.no_col}):
                hits = 0
                for r in range(scan.first_data_row, min(sheet.height, scan.first_data_row + 40) + 1):
                    line = sheet.rows[r - 1]
                    v = line[c - 1] if c <= len(line) else None
                    if isinstance(v, str) and v.strip() and _TW.match(v.strip().splitlines()[0]):
                        hits += 1
                if hits:
                    cols.fields["_tw"] = [c]
                    break
        return cols

    def row_records(self, r: int, line: list[Cell], cols: Columns) -> list[RowRecord]:
        values, where, numbering, nama_col = self.values(line, cols)
        total = self.total_of(line, cols, values)
        if total:
            return [self.total_record(r, values, where, total)]
        out: list[RowRecord] = []
        sasaran: dict[str, Cell] = {f: values.pop(f) for f in ("sasaran", "indikator_sasaran", "target_sasaran")
                                    if f in values}
        if sasaran:
            out.append(RowRecord(r, sasaran, {f: where[f] for f in sasaran}, level_hint="sasaran"))
        program = {f[len("_program_"):]: values.pop(f) for f in list(values) if f.startswith("_program_")}
        if program:
            pcols = {f[len("_program_"):]: where[f] for f in where if f.startswith("_program_")}
            prec = RowRecord(r, program, pcols, level_hint="program")
            if isinstance(program.get("nama"), str):
                prec.values["nama"] = split_numbering(program["nama"])[1] or program["nama"]  # type: ignore[arg-type]
            out.append(prec)
        if "_tw" in values:
            self._quarters(r, values.pop("_tw"), where.pop("_tw"), values, where)
        if values:
            rec = classify(RowRecord(r, values, where))
            if rec.kind == DATA and "kode" in values:
                rec.level_hint = mangled_code_level(values["kode"])
            elif rec.kind == DATA:
                self.level(rec, line, cols, numbering, nama_col)
                if not rec.level_hint and "nama" in values:
                    rec.level_hint = UNKNOWN_LEVEL
            out.append(rec)
        return out

    def _quarters(self, r: int, cell: Cell, col: int, values: dict[str, Cell], where: dict[str, int]) -> None:
        """``TW. I 3 Dokumen`` / ``TW. II -`` / ``TW. IV`` (nothing) on the lines of one cell."""
        for line in _TW_SPLIT.split(str(cell)):
            m = _TW.match(line.strip())
            if m is None:
                continue
            k = _TW_NUMBER[m.group(1).lower()]
            text = m.group(2).strip()
            if not text:
                self.note("quarter-empty", r, col, raw=line.strip(), quarter=f"TW {m.group(1).upper()}")
                continue
            values[f"tw{k}"], where[f"tw{k}"] = text, col


# --- RKT ---------------------------------------------------------------------------------------------------

_JENIS = ("masukan", "keluaran", "hasil")


class RktReader(TableReader):
    """Seed 004: tujuan and sasaran rows above the program tree, sub kegiatan as ``- name`` with
    their Masukan (Rp), Keluaran and Hasil on three rows (tolak ukur, satuan, target); or a wide
    layout with Masukan / Keluaran / Hasil columns."""

    document = "rkt"
    required = ("nama",)

    def field_of(self, own: str, context: str, cols: Columns) -> str:
        common = _common(own)
        if common in ("kode", "sumber_dana"):
            return common
        parts = context.split(" | ")
        group = " ".join(parts[:-1])
        if "tujuan" in own:
            return "tujuan"
        if re.search(r"\biku\b|indikator kinerja utama", own):
            return "indikator_sasaran"
        if own.startswith("sasaran") and "kinerja" not in own:
            return "sasaran"
        before_items = "nama" not in cols.fields
        for word, fields in (("masukan", ("masukan", "masukan", "")), ("keluaran", ("indikator", "target", "satuan")),
                             ("hasil", ("indikator_hasil", "target_hasil", "satuan_hasil"))):
            if word in own or word in group:
                ind, tgt, sat = fields
                if word == "masukan" and ("target" in own or _MONEY.search(own) or own == word or "jumlah" in own):
                    return "masukan"
                if _has(own, "tolak ukur", "indikator", "uraian"):
                    return ind
                if "satuan" in own:
                    return sat
                if "target" in own:
                    return tgt
        if "sub kegiatan" in group or "indikator sub kegiatan" in group:
            if "tolak ukur" in own:
                return "_tolak"
            if "satuan" in own:
                return "_satuan"
            if "target" in own:
                return "_target"
            if "indikator" in own or "jenis" in own:
                return "_jenis"
        if "tolak ukur" in own:
            return "_tolak"
        if before_items and "indikator" in own:
            return "indikator_sasaran"
        if before_items and "target" in own:
            return "target_sasaran"
        if _NAME.search(own):
            return "nama"
        return ""

    def row_records(self, r: int, line: list[Cell], cols: Columns) -> list[RowRecord]:
        values, where, numbering, nama_col = self.values(line, cols)
        total = self.total_of(line, cols, values)
        if total:
            if "_target" in values and "masukan" not in values:
                values["masukan"], where["masukan"] = values["_target"], where["_target"]
            return [self.total_record(r, values, where, total)]
        out: list[RowRecord] = []
        if "tujuan" in values:
            out.append(RowRecord(r, {"tujuan": values.pop("tujuan")}, {"tujuan": where["tujuan"]}, level_hint="tujuan"))
        sasaran: dict[str, Cell] = {f: values.pop(f) for f in ("sasaran", "indikator_sasaran", "target_sasaran")
                                    if f in values}
        if sasaran:
            out.append(RowRecord(r, sasaran, {f: where[f] for f in sasaran}, level_hint="sasaran"))
        jenis = cell_text(values.pop("_jenis", None)).lower().strip(" :")
        jenis_col = where.pop("_jenis", 0)
        tolak, satuan, target = values.pop("_tolak", None), values.pop("_satuan", None), values.pop("_target", None)
        tcols = {k: where.pop(k) for k in ("_tolak", "_satuan", "_target") if k in where}
        if jenis and jenis.split()[0] not in _JENIS and "nama" not in values and level_from_words(jenis):
            # a kegiatan name written one column too far right (seed 004, page 4)
            values["nama"], where["nama"] = cell_text(line[jenis_col - 1]), jenis_col
            self.note("text-in-wrong-column", r, jenis_col, raw=cell_text(line[jenis_col - 1])[:60],
                      column_label=cols.titles.get(jenis_col, ""), field_label=self.doc.label("nama"))
            jenis = ""
        kind = jenis.split()[0] if jenis else ""
        if kind == "masukan":
            if target is not None:
                values["masukan"], where["masukan"] = target, tcols["_target"]
            if tolak is not None:
                src = re.sub(r"^\s*(sumber\s+)?dana\s+", "", cell_text(tolak), flags=re.I)
                values["sumber_dana"], where["sumber_dana"] = src, tcols["_tolak"]
        elif kind in ("keluaran", "hasil"):
            suffix = "" if kind == "keluaran" else "_hasil"
            if tolak is not None:
                values["indikator"], where["indikator"] = tolak, tcols["_tolak"]
            if target is not None:
                values[f"target{suffix}"], where[f"target{suffix}"] = target, tcols["_target"]
            if satuan is not None:
                values[f"satuan{suffix}"], where[f"satuan{suffix}"] = satuan, tcols["_satuan"]
        if not values:
            return out
        rec = classify(RowRecord(r, values, where))
        if rec.kind != DATA:
            out.append(rec)
            return out
        if "kode" in values:
            rec.level_hint = mangled_code_level(values["kode"])
        elif "nama" in values:
            nama = cell_text(values["nama"])
            prefix, rest = split_numbering(nama)
            if prefix and prefix.strip() in "-•*–" and rest:
                values["nama"] = rest
                rec.level_hint = "sub_kegiatan"
            else:
                self.level(rec, line, cols, numbering, nama_col)
                if not rec.level_hint:
                    rec.level_hint = "sub_kegiatan" if kind == "masukan" else UNKNOWN_LEVEL
        elif kind == "masukan":
            rec.level_hint = "sub_kegiatan"  # a Masukan with no sub kegiatan name: reported as such
        out.append(rec)
        return out


READER_CLASSES: tuple[type[TableReader], ...] = (
    PerubahanReader, EvaluasiReader, ReviewRanwalReader, RencanaAksiReader, RktReader,
)
