"""Reads a DOCX with python-docx (a reader we did not write) and prints what the office tests check.

    python3 tests/office/docx-read.py FILE.docx

Prints JSON: the first section's page size, margins and line grid in twips, and every paragraph
of the body, the tables, the headers and footers with its runs' East Asian font, size and bold.
"""
import json
import sys

import docx
from docx.oxml.ns import qn
from docx.table import _Cell


def run_info(run):
    rpr = run._element.rPr
    fonts = rpr.rFonts if rpr is not None else None
    return {
        'text': run.text,
        'eastAsia': fonts.get(qn('w:eastAsia')) if fonts is not None else None,
        'size': run.font.size.pt if run.font.size is not None else None,
        'bold': run.font.bold is True,
    }


def paragraphs(where, items):
    return [
        {'where': where, 'text': p.text, 'runs': [run_info(r) for r in p.runs]}
        for p in items
    ]


def main(path):
    document = docx.Document(path)
    section = document.sections[0]
    grid = section._sectPr.find(qn('w:docGrid'))
    out = {
        'page': {
            'width': section.page_width.twips,
            'height': section.page_height.twips,
            'top': section.top_margin.twips,
            'bottom': section.bottom_margin.twips,
            'left': section.left_margin.twips,
            'right': section.right_margin.twips,
        },
        'grid': {
            'type': grid.get(qn('w:type')) if grid is not None else None,
            'linePitch': int(grid.get(qn('w:linePitch'))) if grid is not None else None,
        },
        'paragraphs': paragraphs('body', document.paragraphs),
    }
    for table in document.tables:
        # row.cells lays out the whole table each time (minutes for 2,000 rows); read w:tc as is.
        for tr in table._tbl.tr_lst:
            for tc in tr.tc_lst:
                out['paragraphs'] += paragraphs('table', _Cell(tc, table).paragraphs)
    for part in ('header', 'first_page_header', 'even_page_header'):
        out['paragraphs'] += paragraphs('header', getattr(section, part).paragraphs)
    for part in ('footer', 'first_page_footer', 'even_page_footer'):
        out['paragraphs'] += paragraphs('footer', getattr(section, part).paragraphs)
    json.dump(out, sys.stdout, ensure_ascii=False)


main(sys.argv[1])
