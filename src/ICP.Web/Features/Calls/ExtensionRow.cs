using ICP.Domain.Audit;
using ICP.Domain.Common;
using ICP.Infrastructure.Persistence;
using ICP.Infrastructure.Persistence.Writes;
using ICP.Web.Configuration;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Audit;
using ICP.Web.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Calls;

public sealed record ExtensionRow(int AuthorityId, string Authority, string Country, DateTimeOffset Until, string Reason, string GrantedBy, DateTimeOffset GrantedAt, bool Active);
