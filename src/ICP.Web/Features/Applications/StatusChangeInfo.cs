using ICP.Domain.Applications;

namespace ICP.Web.Features.Applications;

/// <summary>One row of the status history: <see cref="Reason"/> is what the person typed; the code is shown in the reader's language (<see cref="Mvc.StatusReasons"/>).</summary>
public sealed record StatusChangeInfo(
    ApplicationStatus? From, ApplicationStatus To, string By, DateTimeOffset At, StatusChangeReason ReasonCode, int? VersionNumber, string Reason);
