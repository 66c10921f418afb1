using FluentValidation;
using ICP.Infrastructure.Identity;
using ICP.Web.Configuration;
using ICP.Web.Features.Accounts;
using ICP.Web.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace ICP.Web.Controllers;

public sealed record LoginPage(LoginForm Form, string ReturnUrl);
