using ICP.Web.Features.Accounts;
using ICP.Web.Features.Authorities;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace ICP.Web.Features.Applications;

public sealed record DashboardPage(
    ApplicantContext Who, DeadlineInfo Deadline, ApplicationSummary? Application, NewAuthorityForm NewAuthority, IReadOnlyList<SelectListItem> Territories);
