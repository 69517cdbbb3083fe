"""Opening the export and print dialogs from the main window and the end-of-session screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from cos_desktop.ui.errors import tell


def open_export_dialog(window, *, kind: str = "parent-summary", run_id: int | None = None, print_now: bool = False,
                       parent=None):
    """The export dialog (shown), or None when there is no group to print for."""
    if window.session is None:
        return None
    if window.current_group() is None:
        tell(parent or window, QCoreApplication.translate("ExportDialog", "Export"), QCoreApplication.translate(
            "ExportDialog", "Choose a group first (at the top of the window): documents are printed for a group. "
            "A new group starts with File > New group..."))
        return None
    from cos_desktop.ui.printing.export_dialog import ExportDialog

    dialog = ExportDialog(window, kind=kind, run_id=run_id, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.last_export_dialog = dialog
    if print_now:
        # File > Print...: the same choices, with Print as the main button.
        dialog.setWindowTitle(QCoreApplication.translate("ExportDialog", "Print a document"))
        dialog.save_button.setDefault(False)
        dialog.print_button.setDefault(True)
    dialog.show()
    return dialog


def offer_documents(window, summary_dialog) -> None:
    """Buttons on the end-of-session screen for the two documents wanted right after a session."""
    run = getattr(summary_dialog, "run", None)
    if run is None:
        return  # a rehearsal records nothing to print

    def open_kind(kind: str) -> None:
        if window.current_group() is None or window.current_group().id != run.group_id:
            window.refresh_groups(run.group_id)
        open_export_dialog(window, kind=kind, run_id=run.id, parent=summary_dialog, print_now=kind == "print-pack")

    for kind, label in (("print-pack", QCoreApplication.translate("ExportDialog", "Print tonight's pack...")),
                        ("parent-summary", QCoreApplication.translate("ExportDialog", "Parent summary...")),
                        ("facilitator-record", QCoreApplication.translate("ExportDialog", "Facilitator record..."))):
        summary_dialog.add_action_button(label, lambda kind=kind: open_kind(kind))
