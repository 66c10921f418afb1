using ICP.Domain.Programme;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Authorities;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace ICP.Web.Features.Applications;

public sealed record TeamMember(string UserId, string Name, string Email, bool IsSubmitter, bool IsYou);
