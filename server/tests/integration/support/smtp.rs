//! A minimal SMTP server for tests: accepts every message and keeps it.

use std::sync::{Arc, Mutex};

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

pub struct SmtpServer {
    pub messages: Arc<Mutex<Vec<String>>>,
    task: JoinHandle<()>,
}

impl SmtpServer {
    pub async fn start(port: u16) -> Self {
        let listener = TcpListener::bind(("127.0.0.1", port))
            .await
            .expect("bind the SMTP port");
        let messages = Arc::new(Mutex::new(Vec::new()));
        let received = messages.clone();
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let received = received.clone();
                tokio::spawn(async move {
                    let (read, mut write) = stream.into_split();
                    let mut lines = BufReader::new(read).lines();
                    let _ = write.write_all(b"220 test.localhost ESMTP\r\n").await;
                    let mut message: Option<String> = None;
                    while let Ok(Some(line)) = lines.next_line().await {
                        if let Some(body) = message.as_mut() {
                            if line == "." {
                                received
                                    .lock()
                                    .expect("messages lock")
                                    .push(message.take().unwrap_or_default());
                                let _ = write.write_all(b"250 OK queued\r\n").await;
                            } else {
                                body.push_str(&line);
                                body.push('\n');
                            }
                            continue;
                        }
                        let verb = line.get(..4).unwrap_or_default().to_ascii_uppercase();
                        let reply: &[u8] = match verb.as_str() {
                            // An address that does not exist, refused for good.
                            "RCPT" if line.to_ascii_lowercase().contains("<nobody@") => {
                                b"550 5.1.1 No such user\r\n"
                            }
                            "EHLO" | "HELO" => b"250-test.localhost\r\n250 8BITMIME\r\n",
                            "DATA" => {
                                message = Some(String::new());
                                b"354 End data with <CR><LF>.<CR><LF>\r\n"
                            }
                            "QUIT" => {
                                let _ = write.write_all(b"221 Bye\r\n").await;
                                break;
                            }
                            _ => b"250 OK\r\n",
                        };
                        let _ = write.write_all(reply).await;
                    }
                });
            }
        });
        SmtpServer { messages, task }
    }

    pub fn received(&self) -> Vec<String> {
        self.messages.lock().expect("messages lock").clone()
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}
