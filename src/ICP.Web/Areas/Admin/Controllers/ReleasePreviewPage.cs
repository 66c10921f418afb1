using FluentValidation;
using ICP.Domain.Selection;
using ICP.Web.Configuration;
using ICP.Web.Features.Selection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Areas.Admin.Controllers;

public sealed record ReleasePreviewPage(BoardPage Board, IReadOnlyList<MessagePreview> Messages);
