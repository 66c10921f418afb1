namespace ICP.Web.Features.Selection;

/// <summary>An e-mail a release will send, as staff preview it.</summary>
public sealed record MessagePreview(string Reference, string To, string Subject, string Text);
