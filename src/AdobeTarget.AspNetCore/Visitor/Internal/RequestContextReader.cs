using System.Net;
using AdobeTarget.Delivery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Net.Http.Headers;

namespace AdobeTarget.Internal;

/// <summary>
/// Reads the parts of an HTTP request that a delivery request's <c>context</c> describes. Every value comes from
/// the visitor, so each is checked and cut to the spec's limits; a value that fails is left out.
/// </summary>
internal static class RequestContextReader
{
    private const int MaxUrlLength = 4096;
    private const int MaxHeaderLength = 1024;

    public static Context Read(HttpContext http, TargetRequestContextOptions options)
    {
        var request = http.Request;
        var context = new Context { Channel = ChannelType.Web };
        if (options.Address)
        {
            var url = Cut(request.GetEncodedUrl(), MaxUrlLength);
            var referrer = AbsoluteHttpUrl(request.Headers.Referer.ToString());
            context.Address = new Address { Url = url, ReferringUrl = referrer };
        }

        if (options.UserAgent)
        {
            context.UserAgent = Printable(request.Headers.UserAgent.ToString(), MaxHeaderLength);
        }

        if (options.ClientHints)
        {
            context.ClientHints = ClientHintsOf(request.Headers);
        }

        if (options.BrowserHost && Uri.CheckHostName(request.Host.Host) is UriHostNameType.Dns or UriHostNameType.IPv4 or UriHostNameType.IPv6)
        {
            context.Browser = new Browser { Host = request.Host.Host };
        }

        if (options.IpAddress && http.Connection.RemoteIpAddress is { } ip)
        {
            context.Geo = new Geo { IpAddress = (ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip).ToString() };
        }

        return context;
    }

    /// <summary>Fills what the request's own context leaves unset from the HTTP request's context.</summary>
    public static Context Merge(Context? own, Context ambient)
    {
        if (own is null)
        {
            return ambient;
        }

        return own with
        {
            Channel = own.Channel ?? ambient.Channel,
            Address = own.Address is null ? ambient.Address
                : own.Address with { Url = own.Address.Url ?? ambient.Address?.Url, ReferringUrl = own.Address.ReferringUrl ?? ambient.Address?.ReferringUrl },
            UserAgent = own.UserAgent ?? ambient.UserAgent,
            ClientHints = own.ClientHints ?? ambient.ClientHints,
            Browser = own.Browser is null ? ambient.Browser
                : own.Browser.Host is null ? own.Browser with { Host = ambient.Browser?.Host } : own.Browser,
            Geo = own.Geo ?? ambient.Geo,
        };
    }

    private static ClientHints? ClientHintsOf(IHeaderDictionary headers)
    {
        var hints = new ClientHints
        {
            BrowserUAWithMajorVersion = Printable(headers["Sec-CH-UA"].ToString(), MaxHeaderLength),
            BrowserUAWithFullVersion = Printable(headers["Sec-CH-UA-Full-Version-List"].ToString(), MaxHeaderLength),
            Mobile = headers["Sec-CH-UA-Mobile"].ToString() switch
            {
                "?1" => true,
                "?0" => false,
                _ => null,
            },
            Platform = Unquoted(headers["Sec-CH-UA-Platform"].ToString()),
            PlatformVersion = Unquoted(headers["Sec-CH-UA-Platform-Version"].ToString()),
            Model = Unquoted(headers["Sec-CH-UA-Model"].ToString()),
            Architecture = Unquoted(headers["Sec-CH-UA-Arch"].ToString()),
            Bitness = Unquoted(headers["Sec-CH-UA-Bitness"].ToString()),
        };
        return hints is { BrowserUAWithMajorVersion: null, BrowserUAWithFullVersion: null, Mobile: null, Platform: null, PlatformVersion: null, Model: null, Architecture: null, Bitness: null }
            ? null
            : hints;
    }

    /// <summary>A structured-header string (<c>"Windows"</c>) without its quotes.</summary>
    private static string? Unquoted(string value) =>
        Printable(value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1] : value, 128);

    private static string? AbsoluteHttpUrl(string value) =>
        value.Length is > 0 and <= MaxUrlLength &&
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? Printable(value, MaxUrlLength)
            : null;

    private static string? Printable(string value, int maxLength) =>
        value.Length is > 0 && value.Length <= maxLength && !value.Any(char.IsControl) ? value : null;

    private static string? Cut(string value, int maxLength) => value.Length <= maxLength ? value : null;
}
