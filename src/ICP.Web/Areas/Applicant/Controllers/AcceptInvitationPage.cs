using ICP.Web.Features.Applications;

namespace ICP.Web.Areas.Applicant.Controllers;

public sealed record AcceptInvitationPage(string Token, string? Problem, InvitationDetails? Invitation);
