"""Printing: the export and print dialogs and the documents offered after a session."""


def open_print_pack(window, run_id: int | None = None, parent=None):
    """File > Print tonight's pack...: the pack for the chosen chapter, with Print as the main button."""
    from cos_desktop.ui.printing.opening import open_export_dialog

    return open_export_dialog(window, kind="print-pack", run_id=run_id, print_now=True, parent=parent)
