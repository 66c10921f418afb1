using ICP.Web.Features.Accounts;

namespace ICP.Web.Areas.Admin.Controllers;

public sealed record StaffPage(IReadOnlyList<StaffMember> Staff, StaffInvitationForm Form);
