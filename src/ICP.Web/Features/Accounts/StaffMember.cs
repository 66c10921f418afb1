using ICP.Domain.Audit;
using ICP.Domain.Common;
using ICP.Infrastructure.Email;
using ICP.Infrastructure.Identity;
using ICP.Infrastructure.Persistence;
using ICP.Infrastructure.Persistence.Writes;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Audit;
using ICP.Web.Mvc;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Accounts;

public sealed record StaffMember(string UserId, string Name, string Email, IReadOnlyList<string> Roles, bool TwoFactorEnabled, bool Confirmed);
