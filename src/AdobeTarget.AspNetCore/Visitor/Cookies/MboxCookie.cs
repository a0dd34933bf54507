namespace AdobeTarget.Internal;

/// <summary>The live entries of a visitor's <c>mbox</c> cookie.</summary>
internal sealed class MboxCookie
{
    public const string SessionEntry = "session";
    public const string VisitorEntry = "PC";

    public static readonly MboxCookie Empty = new([]);

    public MboxCookie(IReadOnlyList<MboxCookieEntry> entries) => Entries = entries;

    /// <summary>Gets the entries that were well formed and not expired.</summary>
    public IReadOnlyList<MboxCookieEntry> Entries { get; }

    /// <summary>Gets the session id of the <c>session</c> entry, if it is a valid session id.</summary>
    public string? SessionId => TargetSessionId.Validate(Find(SessionEntry));

    /// <summary>Gets the tntId of the <c>PC</c> entry.</summary>
    public string? TntId => Find(VisitorEntry);

    /// <summary>
    /// The cookie after a call: the <c>session</c> entry renewed for 1860 s, the <c>PC</c> entry (when the tntId is
    /// known and valid) for 63,244,800 s, and every other live entry kept (at.js keeps its own there).
    /// </summary>
    public MboxCookie Renew(string sessionId, string? tntId, DateTimeOffset now)
    {
        var nowSeconds = now.ToUnixTimeSeconds();
        var entries = new List<MboxCookieEntry>(Entries.Count + 2)
        {
            new(SessionEntry, sessionId, nowSeconds + MboxCookieCodec.SessionLifetimeSeconds),
        };
        if (MboxCookieCodec.IsValidValue(tntId))
        {
            entries.Add(new(VisitorEntry, tntId, nowSeconds + MboxCookieCodec.VisitorLifetimeSeconds));
        }

        foreach (var entry in Entries)
        {
            if (entry.Name is not (SessionEntry or VisitorEntry))
            {
                entries.Add(entry);
            }
        }

        return new MboxCookie(entries);
    }

    private string? Find(string name)
    {
        foreach (var entry in Entries)
        {
            if (entry.Name == name)
            {
                return entry.Value;
            }
        }

        return null;
    }
}
