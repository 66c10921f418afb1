using ICP.Infrastructure.Identity;
using ICP.Infrastructure.Persistence.Writes;
using ICP.Web.Configuration;
using ICP.Web.Mvc;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ICP.Web.Controllers;

/// <summary>An error page; <see cref="Message"/> says which rule refused the request, when one did.</summary>
public sealed record ErrorPage(int StatusCode, string TraceId, string? Message = null);
