using ICP.Domain.Common;
using ICP.Web.Features.Staff;

namespace ICP.Web.Areas.Admin.Controllers;

public sealed record StaffPage(IReadOnlyList<StaffMember> Staff, StaffInvitationForm Form);
