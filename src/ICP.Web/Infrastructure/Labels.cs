using ICP.Domain.Applications;

namespace ICP.Web.Infrastructure;

/// <summary>
/// The English words (resource keys) for values the domain stores as codes. Every string literal in
/// this file is a key of the shared resources (the coverage test reads this file).
/// </summary>
public static class Labels
{
    public static string Status(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Draft => "Draft",
        ApplicationStatus.Submitted => "Submitted",
        ApplicationStatus.Withdrawn => "Withdrawn",
        _ => "Unknown",
    };
}
