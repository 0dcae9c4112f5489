"""Desktop integration files agree with each other and with the code they describe."""

from __future__ import annotations

import configparser
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from factcheck_app import __version__
from factcheck_app.storage.share import SHARE_EXTENSION

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.factcheck.Factcheck"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / "factcheck-mime.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
SHARE_TYPE = "application/x-factcheck-share"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_opens_files_and_share_files():
    entry = _desktop_entry()
    assert entry["Exec"].split()[0] == "factcheck-app"
    assert "%f" in entry["Exec"].split()  # the double-clicked file arrives as an argument
    # Only share files: claiming text/html or text/plain would make Factcheck the
    # default viewer of every web page and text file on the desktop.
    assert [t for t in entry["MimeType"].split(";") if t] == [SHARE_TYPE]
    assert entry["Icon"] == APP_ID


def test_app_id_matches_the_desktop_file():
    from factcheck_app.gui.app import DESKTOP_APP_ID

    assert DESKTOP_APP_ID == APP_ID


def test_windows_icon_holds_every_size():
    data = (ROOT / "packaging" / "windows" / "factcheck.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes


def test_macos_icon_holds_every_size():
    data = (ROOT / "packaging" / "macos" / "factcheck.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    kinds, offset = set(), 8
    while offset < len(data):
        kinds.add(data[offset : offset + 4])
        offset += struct.unpack(">I", data[offset + 4 : offset + 8])[0]
    assert {b"icp4", b"ic07", b"ic08", b"ic09", b"ic10"} <= kinds


def test_mime_type_matches_the_share_extension():
    root = ET.parse(MIME).getroot()
    kind = root.find(f"{MIME_NS}mime-type")
    assert kind is not None and kind.get("type") == SHARE_TYPE
    globs = [g.get("pattern") for g in kind.findall(f"{MIME_NS}glob")]
    assert globs == [f"*{SHARE_EXTENSION}"]


def test_metainfo_describes_this_release():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name
    releases = [r.get("version") for r in root.iter("release")]
    assert releases[0] == __version__
    assert root.find("content_rating").get("type").startswith("oars-")
    assert SHARE_TYPE in [m.text for m in root.iter("mediatype")]


def test_metainfo_screenshots_exist_in_the_repository():
    root = ET.parse(METAINFO).getroot()
    images = [i.text for i in root.iter("image")]
    assert images
    for url in images:
        relative = re.sub(r"^https://[^ ]+?/main/", "", url)
        assert (ROOT / relative).is_file(), url


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_icon_sizes_are_rendered_from_the_svg(qapp, size):
    from PySide6.QtGui import QImage

    image = QImage(str(ROOT / f"resources/icons/hicolor/{size}x{size}/apps/factcheck.png"))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="no desktop-file-utils")
def test_desktop_file_validates():
    run = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert run.returncode == 0 and "error" not in run.stdout, run.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="no appstream")
def test_metainfo_validates():
    run = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stdout
