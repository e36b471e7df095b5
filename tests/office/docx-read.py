"""Reads a DOCX with python-docx (a reader we did not write) and prints what the office tests check.

    python3 tests/office/docx-read.py FILE.docx

Prints JSON: the first section's page size, margins and line grid in twips, and every paragraph
of the body, the tables, the headers and footers with its runs' East Asian font, size and bold
(the run's own, else its paragraph style's, as Word resolves them).
"""
import json
import sys

import docx
from docx.oxml.ns import qn
from docx.table import _Cell


def styles_of(paragraph):
    """The paragraph's style and the styles it is based on, nearest first."""
    style = paragraph.style
    while style is not None:
        yield style
        style = style.base_style


def east_asia(rpr):
    fonts = rpr.rFonts if rpr is not None else None
    return fonts.get(qn('w:eastAsia')) if fonts is not None else None


def run_info(run, paragraph):
    """A run's face, size and bold as Word resolves them: the run's own, else its styles'."""
    face, size, bold = east_asia(run._element.rPr), run.font.size, run.font.bold
    for style in styles_of(paragraph):
        face = face or east_asia(style.element.rPr)
        size = size if size is not None else style.font.size
        bold = bold if bold is not None else style.font.bold
    return {
        'text': run.text,
        'eastAsia': face,
        'size': size.pt if size is not None else None,
        'bold': bold is True,
    }


def paragraphs(where, items):
    return [
        {'where': where, 'text': p.text, 'runs': [run_info(r, p) for r in p.runs]}
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
