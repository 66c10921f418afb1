using ICP.Domain.Common;
using ICP.Domain.Programme;
using ICP.Infrastructure.Identity;
using ICP.Infrastructure.Persistence;
using ICP.Web.Configuration;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Applications;
using ICP.Web.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace ICP.Web.Areas.Applicant.Controllers;

/// <summary>A change refused by the deadline guard: when the window was, and when the request arrived.</summary>
public sealed record DeadlinePassedPage(DateTimeOffset OpensAt, DateTimeOffset Deadline, DateTimeOffset ArrivedAt)
{
    public DateTimeOffset LastOnTimeSecond => ICP.Domain.Programme.Call.LastOnTimeSecondBefore(Deadline);

    public bool NotYetOpen => new ApplicationWindow(OpensAt, Deadline).StateAt(ArrivedAt) == CallState.NotYetOpen;
}
