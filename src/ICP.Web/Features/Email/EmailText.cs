namespace ICP.Web.Features.Email;

/// <summary>What a message says: its subject, its paragraphs, and at most one call to action.</summary>
public sealed record EmailText(string Subject, IReadOnlyList<string> Paragraphs, EmailLink? Link);
