using ICP.Web.Features.Selection;

namespace ICP.Web.Areas.Admin.Controllers;

public sealed record ReleasePreviewPage(BoardPage Board, IReadOnlyList<MessagePreview> Messages);
