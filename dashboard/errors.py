"""One exception tree. Messages are plain words for the analyst; the CLI and pages print them as they are."""


class DashboardError(Exception):
    """Base of every error this package raises on purpose."""


class SourceError(DashboardError):
    """A file, upload, URL or feed could not be read as an article."""


class ExtractionError(DashboardError):
    """Extraction could not run on an article (not the same as finding no incident)."""


class GeocodeError(DashboardError):
    """A place could not be looked up (bad query, or an online service failed)."""


class StoreError(DashboardError):
    """The database cannot be opened, written or upgraded."""


class ImportFormatError(DashboardError):
    """A dataset export (ACLED, UCDP) does not have the columns we need."""


class ReviewError(DashboardError):
    """A review action was refused (e.g. merging incidents from different provinces)."""


class OfflineError(DashboardError):
    """An online feature was asked for while online access is off or the network is unreachable."""
