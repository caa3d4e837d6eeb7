import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Certificates made by the tests themselves with the `openssl` command (node:crypto can read
 * X.509 but not create it). Each call writes a .crt and a .key into `dir`.
 *
 * - `days`: `openssl req -x509 -days N`, valid from now.
 * - `start`/`end` ('YYYYMMDDHHMMSSZ', UTC): exact validity through `openssl ca -selfsign`,
 *   which also makes certificates that have already expired (OpenSSL 3.0 has no -not_after
 *   on `req`/`x509`; that came in 3.4).
 */
export interface TestCertificate {
  crtPath: string
  keyPath: string
  crt: string
  key: string
}

let counter = 0

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] })
}

export function makeCertificate(
  dir: string,
  options: { name?: string; subject?: string; days?: number; start?: string; end?: string } = {},
): TestCertificate {
  mkdirSync(dir, { recursive: true })
  const name = options.name ?? `cert${++counter}`
  const crtPath = join(dir, `${name}.crt`)
  const keyPath = join(dir, `${name}.key`)
  const subject = options.subject ?? '/CN=holiday-prep-test/O=Sample Shop'
  if (options.start || options.end) {
    const ca = join(dir, `${name}-ca`)
    mkdirSync(ca, { recursive: true })
    writeFileSync(join(ca, 'index.txt'), '')
    writeFileSync(join(ca, 'serial'), '01\n')
    writeFileSync(
      join(ca, 'ca.cnf'),
      [
        '[ ca ]',
        'default_ca = CA_default',
        '[ CA_default ]',
        `dir = ${ca}`,
        'database = $dir/index.txt',
        'new_certs_dir = $dir',
        'serial = $dir/serial',
        'default_md = sha256',
        'policy = policy_any',
        'unique_subject = no',
        '[ policy_any ]',
        'commonName = supplied',
        'organizationName = optional',
        '',
      ].join('\n'),
    )
    openssl(['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', keyPath], dir)
    const csr = join(ca, 'request.csr')
    openssl(['req', '-new', '-key', keyPath, '-subj', subject, '-out', csr], dir)
    openssl(
      [
        'ca',
        '-batch',
        '-config',
        join(ca, 'ca.cnf'),
        '-selfsign',
        '-keyfile',
        keyPath,
        '-in',
        csr,
        '-startdate',
        options.start ?? '20240101000000Z',
        '-enddate',
        options.end ?? '20991231000000Z',
        '-notext',
        '-out',
        crtPath,
      ],
      dir,
    )
  } else {
    openssl(
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        String(options.days ?? 365),
        '-subj',
        subject,
        '-keyout',
        keyPath,
        '-out',
        crtPath,
      ],
      dir,
    )
  }
  return { crtPath, keyPath, crt: readFileSync(crtPath, 'utf8'), key: readFileSync(keyPath, 'utf8') }
}

/** The key encrypted with a passphrase: 'pkcs8' → ENCRYPTED PRIVATE KEY, 'traditional' → Proc-Type. */
export function encryptKey(dir: string, keyPath: string, form: 'pkcs8' | 'traditional'): string {
  const out = join(dir, `encrypted-${form}-${++counter}.key`)
  if (form === 'pkcs8') {
    openssl(['pkey', '-in', keyPath, '-aes256', '-passout', 'pass:test-pass', '-out', out], dir)
  } else {
    openssl(
      ['rsa', '-in', keyPath, '-aes256', '-passout', 'pass:test-pass', '-traditional', '-out', out],
      dir,
    )
  }
  return readFileSync(out, 'utf8')
}

/** The certificate in DER (binary), as a file picked by mistake would be. */
export function derOf(dir: string, crtPath: string): Buffer {
  const out = join(dir, `der-${++counter}.cer`)
  openssl(['x509', '-in', crtPath, '-outform', 'DER', '-out', out], dir)
  return readFileSync(out)
}
