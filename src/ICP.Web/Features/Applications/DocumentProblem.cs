namespace ICP.Web.Features.Applications;

/// <summary>Why an upload was refused.</summary>
public enum DocumentProblem
{
    None,
    Missing,
    TooLarge,
    NotPdf,
    TooManyUploads,
    QuotaFull,
}
