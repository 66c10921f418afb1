using FluentValidation;
using ICP.Domain.Common;
using ICP.Web.Configuration;
using ICP.Web.Features.Applications;
using ICP.Web.Features.Authorities;
using ICP.Web.Features.Email;
using ICP.Web.Mvc;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Areas.Applicant.Controllers;

public sealed record AcceptInvitationPage(string Token, string? Problem, InvitationDetails? Invitation);
