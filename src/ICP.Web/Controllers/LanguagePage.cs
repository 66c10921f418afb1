using ICP.Infrastructure.Identity;
using ICP.Infrastructure.Persistence.Writes;
using ICP.Web.Configuration;
using ICP.Web.Mvc;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ICP.Web.Controllers;

public sealed record LanguagePage(IReadOnlyList<PortalLanguage> Languages, string ReturnUrl);
