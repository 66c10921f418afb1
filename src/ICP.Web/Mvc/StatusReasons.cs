using ICP.Domain.Applications;
using ICP.Web.Features.Applications;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Mvc;

/// <summary>
/// Why a status changed, in the reader's language: the reason code's words, and what the person
/// typed in their own words (a withdrawal's, a decline's or an override's reason is never translated).
/// </summary>
public static class StatusReasons
{
    public static string Describe(StatusChangeInfo change, IStringLocalizer t) => change.ReasonCode switch
    {
        StatusChangeReason.ApplicationStarted => t["Application started"],
        StatusChangeReason.VersionSubmitted => t["Version {0} submitted", change.VersionNumber ?? 0],
        StatusChangeReason.DecisionReleased => t["Selection decision released"],
        StatusChangeReason.Override => t["Override: {0}", change.Reason],
        _ => change.Reason,
    };
}
