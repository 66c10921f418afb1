using ICP.Domain.Programme;

namespace ICP.Web.Areas.Applicant.Controllers;

/// <summary>A change refused by the deadline guard: when the window was, and when the request arrived.</summary>
public sealed record DeadlinePassedPage(DateTimeOffset OpensAt, DateTimeOffset Deadline, DateTimeOffset ArrivedAt)
{
    public DateTimeOffset LastOnTimeSecond => ICP.Domain.Programme.Call.LastOnTimeSecondBefore(Deadline);

    public bool NotYetOpen => new ApplicationWindow(OpensAt, Deadline).StateAt(ArrivedAt) == CallState.NotYetOpen;
}
