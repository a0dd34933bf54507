namespace AdobeTarget.Decisioning;

/// <summary>
/// The host, path, query and fragment that parseUri's "loose" regular expression yields, computed by a linear scan
/// that makes the same choices as the backtracking match (the expression always matches, so every optional part
/// takes the greedy choice that is available at its position).
/// </summary>
/// <param name="Host">The host (empty when none).</param>
/// <param name="Path">The directory plus file part.</param>
/// <param name="Query">The text after <c>?</c> up to <c>#</c>.</param>
/// <param name="Fragment">The text after <c>#</c> up to a line terminator.</param>
internal readonly record struct LooseUri(string Host, string Path, string Query, string Fragment)
{
    /// <summary>Parses <paramref name="s"/> with the loose grammar.</summary>
    /// <param name="s">The URL text.</param>
    /// <returns>The parts.</returns>
    public static LooseUri Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        int position = SchemeEnd(s);
        if (string.CompareOrdinal(s, position, "//", 0, 2) == 0)
        {
            position += 2;
        }

        position = UserInfoEnd(s, position);
        int hostStart = position;
        position = IndexOfAnyOrEnd(s, position, ":/?#");
        string host = s[hostStart..position];
        if (position < s.Length && s[position] == ':')
        {
            position++;
            while (position < s.Length && char.IsAsciiDigit(s[position]))
            {
                position++;
            }
        }

        int pathStart = position;
        position = PathEnd(s, position);
        string path = s[pathStart..position];

        string query = string.Empty;
        if (position < s.Length && s[position] == '?')
        {
            int queryEnd = IndexOfAnyOrEnd(s, position + 1, "#");
            query = s[(position + 1)..queryEnd];
            position = queryEnd;
        }

        string fragment = string.Empty;
        if (position < s.Length && s[position] == '#')
        {
            int fragmentEnd = IndexOfAnyOrEnd(s, position + 1, "\n\r\u2028\u2029");
            fragment = s[(position + 1)..fragmentEnd];
        }

        return new LooseUri(host, path, query, fragment);
    }

    // (?:(?![^:@]+:[^:@/]*@)([^:/?#.]+):)?
    private static int SchemeEnd(string s)
    {
        int colonOrAt = IndexOfAnyOrEnd(s, 0, ":@");
        if (colonOrAt > 0 && colonOrAt < s.Length && s[colonOrAt] == ':')
        {
            int next = IndexOfAnyOrEnd(s, colonOrAt + 1, ":@/");
            if (next < s.Length && s[next] == '@')
            {
                return 0; // looks like user:password@, so no scheme
            }
        }

        int schemeEnd = IndexOfAnyOrEnd(s, 0, ":/?#.");
        return schemeEnd > 0 && schemeEnd < s.Length && s[schemeEnd] == ':' ? schemeEnd + 1 : 0;
    }

    // (?:(([^:@]*)(?::([^:@]*))?)?@)?
    private static int UserInfoEnd(string s, int position)
    {
        int user = IndexOfAnyOrEnd(s, position, ":@");
        if (user < s.Length && s[user] == '@')
        {
            return user + 1;
        }

        if (user < s.Length && s[user] == ':')
        {
            int password = IndexOfAnyOrEnd(s, user + 1, ":@");
            if (password < s.Length && s[password] == '@')
            {
                return password + 1;
            }
        }

        return position;
    }

    // ((\/(?:[^?#](?![^?#/]*\.[^?#/.]+(?:[?#]|$)))*\/?)?([^?#/]*)): the lookahead only moves the border between
    // directory and file, never the end of the whole, so a path starting with '/' runs to the first '?' or '#';
    // without the leading '/', only the file part matches and it stops at the next '/' too.
    private static int PathEnd(string s, int position) =>
        position < s.Length && s[position] == '/'
            ? IndexOfAnyOrEnd(s, position, "?#")
            : IndexOfAnyOrEnd(s, position, "?#/");

    private static int IndexOfAnyOrEnd(string s, int start, string values)
    {
        if (start >= s.Length)
        {
            return s.Length;
        }

        int found = s.AsSpan(start).IndexOfAny(values);
        return found < 0 ? s.Length : start + found;
    }
}
